import { ApiProperty } from '@nestjs/swagger';
import {
  BULLETIN_FILE_KINDS,
  BULLETIN_PERIOD_KINDS,
  type BulletinFileKind,
  type BulletinPeriodKind,
  type BulletinPublishRequest,
  type GenerateBulletinRequest,
  type UnlockReportPeriodRequest,
} from '@bizenv/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IdParams } from '../../common/id.params.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class GenerateBulletinDto implements GenerateBulletinRequest {
  @ApiProperty({ enum: BULLETIN_PERIOD_KINDS, description: '月度（month）或季度（quarter）' })
  @IsIn(BULLETIN_PERIOD_KINDS, { message: '通报类型须为月度或季度' })
  periodKind!: BulletinPeriodKind;

  @ApiProperty({ description: '期间：月度 YYYY-MM，季度 YYYY-Qn', example: '2025-07' })
  @IsString({ message: '请填写通报期间' })
  period!: string;
}

export class PublishBulletinDto implements BulletinPublishRequest {
  @ApiProperty({ type: 'integer', minimum: 1, description: '通报的版本号（防止并发修改）' })
  @IsInt({ message: '版本号须为正整数' })
  @Min(1, { message: '版本号须为正整数' })
  version!: number;
}

export class UnlockReportPeriodDto implements UnlockReportPeriodRequest {
  @ApiProperty({ description: '要解锁的月份（YYYY-MM，须为该通报覆盖的月份）', example: '2025-07' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式须为 YYYY-MM' })
  period!: string;

  @ApiProperty({ description: '解锁原因（记录在案）', maxLength: 500 })
  @Transform(trim)
  @IsString({ message: '解锁原因须为文字' })
  @IsNotEmpty({ message: '请填写解锁原因' })
  @MaxLength(500, { message: '解锁原因不能超过 500 个字' })
  reason!: string;
}

export class BulletinFileParams extends IdParams {
  @ApiProperty({ enum: BULLETIN_FILE_KINDS, description: 'docx（通报）或 xlsx（台账）' })
  @IsIn(BULLETIN_FILE_KINDS, { message: '文件类型须为 docx 或 xlsx' })
  kind!: BulletinFileKind;
}
