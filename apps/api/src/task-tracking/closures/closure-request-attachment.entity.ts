import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AttachmentEntity } from '../../attachments/attachment.entity.js';
import { ClosureRequestEntity } from './closure-request.entity.js';

/** An evidence file of a closure request. A file belongs to one owner: the key is the file. */
@Entity('closure_request_attachment')
export class ClosureRequestAttachmentEntity {
  @PrimaryColumn({
    name: 'attachment_id',
    type: 'varchar',
    length: 36,
    primaryKeyConstraintName: 'PK_closure_request_attachment',
  })
  attachmentId!: string;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'attachment_id',
    foreignKeyConstraintName: 'FK_closure_request_attachment_attachment',
  })
  attachment?: Relation<AttachmentEntity>;

  @Index('IDX_closure_request_attachment_request_id')
  @Column({ name: 'closure_request_id', type: 'integer' })
  closureRequestId!: number;

  @ManyToOne(() => ClosureRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'closure_request_id',
    foreignKeyConstraintName: 'FK_closure_request_attachment_request',
  })
  closureRequest?: Relation<ClosureRequestEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
