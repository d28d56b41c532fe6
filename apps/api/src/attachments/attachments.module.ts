import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentCleanupService } from './attachment-cleanup.service.js';
import { AttachmentOwners } from './attachment-owners.js';
import { AttachmentStorage } from './attachment-storage.js';
import { AttachmentEntity } from './attachment.entity.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { AttachmentsService } from './attachments.service.js';

/**
 * Evidence files. Features that take files import this module, link uploads with
 * AttachmentsService.link inside their own transaction, and register a reader for their owner
 * type with AttachmentOwners so downloads follow their read permission.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity])],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsRepository,
    AttachmentsService,
    AttachmentStorage,
    AttachmentOwners,
    AttachmentCleanupService,
  ],
  exports: [AttachmentsService, AttachmentOwners],
})
export class AttachmentsModule {}
