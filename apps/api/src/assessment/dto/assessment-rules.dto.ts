import { ApiProperty } from '@nestjs/swagger';
import {
  ASSESSMENT_RULE_KINDS,
  type AssessmentRuleKind,
  type AssessmentRuleSet,
  type UpdateAssessmentRulesRequest,
} from '@bizenv/shared';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsObject, Min, ValidateIf, ValidateNested } from 'class-validator';

const NUMBER = { message: '分值须为数字' };

/** Points per rule kind; ranges and decimals are checked by validateAssessmentRules. */
export class AssessmentRulePointsDto implements Record<AssessmentRuleKind, number> {
  @ApiProperty({ description: '牵头任务按期完成，每项', example: 2 })
  @IsNumber({}, NUMBER)
  on_time_completion!: number;

  @ApiProperty({ description: '牵头任务逾期完成，每项', example: 1 })
  @IsNumber({}, NUMBER)
  late_completion!: number;

  @ApiProperty({ description: '月度报告逾期报送，每份', example: -0.5 })
  @IsNumber({}, NUMBER)
  late_report!: number;

  @ApiProperty({ description: '月度报告未报送，每份', example: -1 })
  @IsNumber({}, NUMBER)
  missing_report!: number;

  @ApiProperty({ description: '目标值未达成，每个', example: -2 })
  @IsNumber({}, NUMBER)
  missed_target!: number;

  @ApiProperty({ description: '收到督办通知，每件', example: -1 })
  @IsNumber({}, NUMBER)
  supervision_notice!: number;

  @ApiProperty({ description: '通报批评，每次', example: -3 })
  @IsNumber({}, NUMBER)
  bulletin_criticism!: number;
}

export class AssessmentRuleSetDto implements AssessmentRuleSet {
  @ApiProperty({ description: '基础分', example: 100 })
  @IsNumber({}, { message: '基础分须为数字' })
  baseScore!: number;

  @ApiProperty({ description: '保底分（null 为不设）', nullable: true, type: Number, example: 0 })
  @ValidateIf((_object, value) => value !== null)
  @IsNumber({}, { message: '保底分须为数字或 null' })
  floor!: number | null;

  @ApiProperty({
    description: '封顶分（null 为不设）',
    nullable: true,
    type: Number,
    example: null,
  })
  @ValidateIf((_object, value) => value !== null)
  @IsNumber({}, { message: '封顶分须为数字或 null' })
  cap!: number | null;

  @ApiProperty({
    type: AssessmentRulePointsDto,
    description: `每条规则的分值：${ASSESSMENT_RULE_KINDS.join('、')}`,
  })
  @IsObject({ message: '分值须为对象' })
  @ValidateNested()
  @Type(() => AssessmentRulePointsDto)
  points!: AssessmentRulePointsDto;
}

export class UpdateAssessmentRulesDto implements UpdateAssessmentRulesRequest {
  @ApiProperty({ type: AssessmentRuleSetDto })
  @IsObject({ message: '规则须为对象' })
  @ValidateNested()
  @Type(() => AssessmentRuleSetDto)
  rules!: AssessmentRuleSetDto;

  @ApiProperty({ description: '读取时的版本号；尚未保存过时为 0' })
  @IsInt({ message: '版本号须为整数' })
  @Min(0, { message: '版本号须为整数' })
  version!: number;
}
