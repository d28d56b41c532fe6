import { ApiProperty } from '@nestjs/swagger';
import {
  type JurisdictionSettingsResponse,
  MAX_REMINDER_WORKING_DAYS,
  MAX_REPORT_DUE_DAY,
  MIN_REPORT_DUE_DAY,
  type UpdateJurisdictionSettingsRequest,
} from '@bizenv/shared';
import { IsInt, Max, Min } from 'class-validator';

export class JurisdictionSettingsDto implements JurisdictionSettingsResponse {
  @ApiProperty({ description: '辖区代码', example: '610329' })
  jurisdictionCode!: string;

  @ApiProperty({ description: '月度报告截止日（每月几号，遇节假日顺延）', example: 20 })
  reportDueDay!: number;

  @ApiProperty({ description: '截止前几个工作日提醒', example: 3 })
  reminderWorkingDays!: number;

  @ApiProperty({ description: '版本号；0 表示尚未保存（使用默认值）' })
  version!: number;
}

export class UpdateJurisdictionSettingsDto implements UpdateJurisdictionSettingsRequest {
  @ApiProperty({ description: '月度报告截止日（1–28）', example: 20 })
  @IsInt({ message: '截止日须为整数' })
  @Min(MIN_REPORT_DUE_DAY, {
    message: `截止日须在 ${MIN_REPORT_DUE_DAY}–${MAX_REPORT_DUE_DAY} 之间`,
  })
  @Max(MAX_REPORT_DUE_DAY, {
    message: `截止日须在 ${MIN_REPORT_DUE_DAY}–${MAX_REPORT_DUE_DAY} 之间`,
  })
  reportDueDay!: number;

  @ApiProperty({
    description: `截止前几个工作日提醒（0–${MAX_REMINDER_WORKING_DAYS}）`,
    example: 3,
  })
  @IsInt({ message: '提醒天数须为整数' })
  @Min(0, { message: `提醒天数须在 0–${MAX_REMINDER_WORKING_DAYS} 之间` })
  @Max(MAX_REMINDER_WORKING_DAYS, { message: `提醒天数须在 0–${MAX_REMINDER_WORKING_DAYS} 之间` })
  reminderWorkingDays!: number;

  @ApiProperty({ description: '读取时的版本号（尚未保存过时为 0）' })
  @IsInt({ message: '版本号须为整数' })
  @Min(0, { message: '版本号须为非负整数' })
  version!: number;
}
