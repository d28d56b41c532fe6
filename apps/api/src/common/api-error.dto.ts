import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@bizenv/shared';

class ErrorDetailDto {
  @ApiProperty({ description: '出错的参数', example: 'id' })
  field!: string;

  @ApiProperty({ description: '校验规则', example: 'isInt' })
  code!: string;

  @ApiProperty({ description: '说明', example: '编号须为正整数' })
  message!: string;
}

/** OpenAPI description of ApiErrorBody. */
export class ApiErrorDto implements ApiErrorBody {
  @ApiProperty({ description: '稳定的错误代码，供程序判断', enum: Object.keys(ERROR_CODES) })
  code!: ErrorCode;

  @ApiProperty({ description: '给用户看的中文说明', example: '未找到该方案' })
  message!: string;

  @ApiPropertyOptional({
    description: '各参数的问题（仅 VALIDATION_FAILED）',
    type: [ErrorDetailDto],
  })
  details?: ErrorDetailDto[];

  @ApiPropertyOptional({ description: '请求编号，与响应头 x-request-id 相同，便于查日志' })
  requestId?: string;
}
