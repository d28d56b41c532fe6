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
import { ProgressReportEntity } from './progress-report.entity.js';

/** An evidence file of a report. A file belongs to one owner, hence the key on the attachment. */
@Entity('report_attachment')
export class ReportAttachmentEntity {
  @PrimaryColumn({
    name: 'attachment_id',
    type: 'varchar',
    length: 36,
    primaryKeyConstraintName: 'PK_report_attachment',
  })
  attachmentId!: string;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'attachment_id',
    foreignKeyConstraintName: 'FK_report_attachment_attachment',
  })
  attachment?: Relation<AttachmentEntity>;

  @Index('IDX_report_attachment_report_id')
  @Column({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_attachment_report' })
  report?: Relation<ProgressReportEntity>;
}
