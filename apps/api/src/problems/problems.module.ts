import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentOwners } from '../attachments/attachment-owners.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { ProblemAccess } from './problem-access.service.js';
import { ProblemCommandsService } from './problem-commands.service.js';
import { ProblemEntity } from './problem.entity.js';
import { ProblemsController } from './problems.controller.js';
import { PROBLEM_OWNER_TYPE, ProblemsRepository } from './problems.repository.js';
import { ProblemsService } from './problems.service.js';
import { TaskFactsRepository } from './task-facts.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([ProblemEntity, TaskEntity]), AttachmentsModule],
  controllers: [ProblemsController],
  providers: [
    ProblemsService,
    ProblemCommandsService,
    ProblemAccess,
    ProblemsRepository,
    TaskFactsRepository,
  ],
  exports: [ProblemsService, TaskFactsRepository],
})
export class ProblemsModule implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly problems: ProblemsService,
  ) {}

  /** Evidence files of a problem may be downloaded by whoever may read the problem. */
  onModuleInit(): void {
    this.owners.register(PROBLEM_OWNER_TYPE, async (user, id) => {
      await this.problems.readable(user, id);
    });
  }
}
