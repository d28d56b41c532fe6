import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const OPENAPI_UI_PATH = 'api/docs';
const OPENAPI_JSON_PATH = 'api/docs-json';

/** Serves the OpenAPI document at /api/docs-json and its UI at /api/docs. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('营商环境改革督办系统 API')
      .setDescription(
        '辖区、部门、方案与任务的查询接口。出错时返回 { code, message, details?, requestId }：' +
          'code 为稳定的错误代码（供程序判断），message 为中文说明（给用户看）。',
      )
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup(OPENAPI_UI_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: '营商环境改革督办系统 API',
  });
}
