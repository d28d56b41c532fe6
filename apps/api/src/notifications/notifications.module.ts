import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationReadEntity } from './notification-read.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationService } from './notifications.service.js';

/** In-app notifications; global so any feature can inject NotificationService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationReadEntity])],
  controllers: [NotificationsController],
  providers: [NotificationService, NotificationsRepository],
  exports: [NotificationService],
})
export class NotificationsModule {}
