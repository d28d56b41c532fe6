import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../../database/instant-column.js';
import { SupervisionNoticeEntity } from '../../notices/supervision-notice.entity.js';
import { TaskEntity } from '../../tasks/task.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/**
 * A leader's instruction (批示) on a task or on a supervision notice (exactly one of the two).
 * The departments concerned must acknowledge it (instruction_ack, one row each, created with it).
 */
@Entity('instruction')
@Check('CHK_instruction_subject', '("task_id" IS NULL) <> ("notice_id" IS NULL)')
@Index('IDX_instruction_task_id', ['taskId'])
@Index('IDX_instruction_notice_id', ['noticeId'])
export class InstructionEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_instruction' })
  id!: number;

  @Column({ name: 'author_user_id', type: 'integer' })
  authorUserId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'FK_instruction_author' })
  author?: Relation<UserEntity>;

  @Column({ name: 'task_id', type: 'integer', nullable: true })
  taskId!: number | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_instruction_task' })
  task?: Relation<TaskEntity>;

  @Column({ name: 'notice_id', type: 'integer', nullable: true })
  noticeId!: number | null;

  @ManyToOne(() => SupervisionNoticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'FK_instruction_notice' })
  notice?: Relation<SupervisionNoticeEntity>;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'created_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  createdAt!: Date;
}
