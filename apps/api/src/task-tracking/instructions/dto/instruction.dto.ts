import { ApiProperty } from '@nestjs/swagger';
import type { InstructionAckResponse, InstructionResponse } from '@bizenv/shared';
import { DepartmentDto } from '../../../departments/dto/department.dto.js';
import { ActorDto } from '../../dto/actor.dto.js';

class InstructionAckDto implements InstructionAckResponse {
  @ApiProperty({ description: '涉及的部门', type: DepartmentDto })
  department!: DepartmentDto;

  @ApiProperty({ description: '签收人（未签收为 null）', type: ActorDto, nullable: true })
  acknowledgedBy!: ActorDto | null;

  @ApiProperty({ description: '签收时间（UTC；未签收为 null）', nullable: true, type: String })
  acknowledgedAt!: string | null;
}

export class InstructionDto implements InstructionResponse {
  @ApiProperty({ description: '批示编号' })
  id!: number;

  @ApiProperty({ description: '任务编号（批示在任务上时）', nullable: true, type: Number })
  taskId!: number | null;

  @ApiProperty({ description: '督办通知编号（批示在督办通知上时）', nullable: true, type: Number })
  noticeId!: number | null;

  @ApiProperty({ description: '批示领导', type: ActorDto })
  author!: ActorDto;

  @ApiProperty({ description: '批示内容' })
  text!: string;

  @ApiProperty({ description: '批示时间（UTC）' })
  createdAt!: string;

  @ApiProperty({ description: '各涉及部门的签收情况', type: [InstructionAckDto] })
  acknowledgements!: InstructionAckDto[];
}
