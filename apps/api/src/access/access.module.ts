import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { AccessPolicy } from './access-policy.service.js';
import { AccessRepository } from './access.repository.js';
import { RequestContextInterceptor } from './request-context.interceptor.js';

/**
 * Row-level permissions for every feature: inject AccessPolicy anywhere (global module).
 * Also enters the request context (currentRequest()) around every handler.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionEntity, TaskDepartmentEntity, TaskEntity])],
  providers: [
    AccessPolicy,
    AccessRepository,
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
  exports: [AccessPolicy],
})
export class AccessModule {}
