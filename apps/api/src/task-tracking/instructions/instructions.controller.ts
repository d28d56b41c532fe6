import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { InstructionResponse, SessionUser } from '@bizenv/shared';
import { SignedIn } from '../../access/access-rule.decorator.js';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { ApiErrorDto } from '../../common/api-error.dto.js';
import { IdParams } from '../../common/id.params.js';
import { NoBodyDto } from '../dto/no-body.dto.js';
import { CreateInstructionDto } from './dto/create-instruction.dto.js';
import { InstructionDto } from './dto/instruction.dto.js';
import { InstructionsService } from './instructions.service.js';

@ApiTags('领导批示')
@ApiBadRequestResponse({ type: ApiErrorDto, description: '参数不正确' })
@Controller()
export class InstructionsController {
  constructor(private readonly instructions: InstructionsService) {}

  @Post('tasks/:id/instructions')
  @SignedIn('leader')
  @ApiOperation({ summary: '对任务作出批示（本辖区领导；通知任务的牵头和配合部门签收）' })
  @ApiCreatedResponse({ type: InstructionDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区的领导' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  createOnTask(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: CreateInstructionDto,
  ): Promise<InstructionResponse> {
    return this.instructions.createOnTask(user, params.id, body.text);
  }

  @Get('tasks/:id/instructions')
  @SignedIn()
  @ApiOperation({ summary: '任务的领导批示及各部门签收情况（最新在前）' })
  @ApiOkResponse({ type: [InstructionDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该任务' })
  listForTask(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<InstructionResponse[]> {
    return this.instructions.listForTask(user, params.id);
  }

  @Post('notices/:id/instructions')
  @SignedIn('leader')
  @ApiOperation({ summary: '对督办通知作出批示（本辖区领导；通知被督办部门签收）' })
  @ApiCreatedResponse({ type: InstructionDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是本辖区的领导' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该督办通知' })
  createOnNotice(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() body: CreateInstructionDto,
  ): Promise<InstructionResponse> {
    return this.instructions.createOnNotice(user, params.id, body.text);
  }

  @Get('notices/:id/instructions')
  @SignedIn()
  @ApiOperation({ summary: '督办通知的领导批示及签收情况（最新在前）' })
  @ApiOkResponse({ type: [InstructionDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该督办通知' })
  listForNotice(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
  ): Promise<InstructionResponse[]> {
    return this.instructions.listForNotice(user, params.id);
  }

  @Post('instructions/:id/acknowledge')
  @HttpCode(200)
  @SignedIn('department')
  @ApiOperation({ summary: '签收批示（批示涉及部门的用户，每个部门签收一次）' })
  @ApiOkResponse({ type: InstructionDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: '不是批示涉及的部门' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: '未找到该批示' })
  @ApiConflictResponse({ type: ApiErrorDto, description: '本部门已签收' })
  acknowledge(
    @CurrentUser() user: SessionUser,
    @Param() params: IdParams,
    @Body() _body: NoBodyDto,
  ): Promise<InstructionResponse> {
    return this.instructions.acknowledge(user, params.id);
  }
}
