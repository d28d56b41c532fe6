import type { CreateInstructionRequest } from '@bizenv/shared';
import { RequiredText } from '../../dto/fields.js';

export class CreateInstructionDto implements CreateInstructionRequest {
  @RequiredText('批示内容')
  text!: string;
}
