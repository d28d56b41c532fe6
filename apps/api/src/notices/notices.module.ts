import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProblemsModule } from '../problems/problems.module.js';
import { NoticeAccess } from './notice-access.service.js';
import { NoticeCommandsService } from './notice-commands.service.js';
import { NoticeDraftEditsService } from './notice-draft-edits.service.js';
import { NoticeDraftsService } from './notice-drafts.service.js';
import { NoticesController } from './notices.controller.js';
import { NoticesRepository } from './notices.repository.js';
import { NoticesService } from './notices.service.js';
import { SupervisionNoticeEntity } from './supervision-notice.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([SupervisionNoticeEntity]), ProblemsModule],
  controllers: [NoticesController],
  providers: [
    NoticesService,
    NoticeCommandsService,
    NoticeDraftsService,
    NoticeDraftEditsService,
    NoticeAccess,
    NoticesRepository,
  ],
  exports: [NoticeDraftsService],
})
export class NoticesModule {}
