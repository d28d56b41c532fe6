import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { SupervisionNoticeEntity } from '../notices/supervision-notice.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { ChangeRequestsController } from './change-requests/change-requests.controller.js';
import { ChangeRequestsRepository } from './change-requests/change-requests.repository.js';
import { ChangeRequestsService } from './change-requests/change-requests.service.js';
import { ChangeRequestEntity } from './change-requests/change-request.entity.js';
import { ClosureRequestsController } from './closures/closure-requests.controller.js';
import { ClosureRequestsRepository } from './closures/closure-requests.repository.js';
import { ClosureRequestsService } from './closures/closure-requests.service.js';
import { ClosureRequestEntity } from './closures/closure-request.entity.js';
import { TaskEventEntity } from './events/task-event.entity.js';
import { TaskEventsController } from './events/task-events.controller.js';
import { TaskEventsRepository } from './events/task-events.repository.js';
import { TaskHistoryService } from './events/task-history.service.js';
import { TaskTimelineService } from './events/task-timeline.service.js';
import { InstructionSubjects } from './instructions/instruction-subjects.service.js';
import { InstructionEntity } from './instructions/instruction.entity.js';
import { InstructionsController } from './instructions/instructions.controller.js';
import { InstructionsRepository } from './instructions/instructions.repository.js';
import { InstructionsService } from './instructions/instructions.service.js';
import { NoticeSubjectsRepository } from './instructions/notice-subjects.repository.js';
import { TaskStatusController } from './status/task-status.controller.js';
import { TaskStatusService } from './status/task-status.service.js';
import { TrackedTaskAccess } from './tasks/tracked-task-access.service.js';
import { TrackedTasksRepository } from './tasks/tracked-tasks.repository.js';

/**
 * Task tracking: status changes, closure (销号) requests, extension / adjustment requests,
 * leaders' instructions (批示) and the task history they all write.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TaskEntity,
      TaskEventEntity,
      ClosureRequestEntity,
      ChangeRequestEntity,
      InstructionEntity,
      SupervisionNoticeEntity,
    ]),
    AttachmentsModule,
  ],
  controllers: [
    TaskStatusController,
    TaskEventsController,
    ClosureRequestsController,
    ChangeRequestsController,
    InstructionsController,
  ],
  providers: [
    TrackedTasksRepository,
    TrackedTaskAccess,
    TaskEventsRepository,
    TaskHistoryService,
    TaskTimelineService,
    TaskStatusService,
    ClosureRequestsRepository,
    ClosureRequestsService,
    ChangeRequestsRepository,
    ChangeRequestsService,
    InstructionsRepository,
    InstructionSubjects,
    NoticeSubjectsRepository,
    InstructionsService,
  ],
  // Monthly reports record the status change an accepted report causes (reports/).
  exports: [TaskHistoryService],
})
export class TaskTrackingModule {}
