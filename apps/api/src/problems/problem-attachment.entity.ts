import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AttachmentEntity } from '../attachments/attachment.entity.js';
import { ProblemEntity } from './problem.entity.js';

/**
 * An evidence file (佐证材料) of a problem's rectification. A file belongs to one owner (the
 * attachment's owner_type/owner_id say 'problem' and the id), hence the key on the attachment.
 */
@Entity('problem_attachment')
export class ProblemAttachmentEntity {
  @PrimaryColumn({
    name: 'attachment_id',
    type: 'varchar',
    length: 36,
    primaryKeyConstraintName: 'PK_problem_attachment',
  })
  attachmentId!: string;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'attachment_id',
    foreignKeyConstraintName: 'FK_problem_attachment_attachment',
  })
  attachment?: Relation<AttachmentEntity>;

  @Index('IDX_problem_attachment_problem_id')
  @Column({ name: 'problem_id', type: 'integer' })
  problemId!: number;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'FK_problem_attachment_problem' })
  problem?: Relation<ProblemEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
