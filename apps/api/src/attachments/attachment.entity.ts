import { ATTACHMENT_MEDIA_TYPES, type AttachmentMediaType } from '@bizenv/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../database/check-constraint.js';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * An uploaded evidence file. Generic: the feature that uses it (reports, closure requests,
 * problems) links it through its own link table and records itself here as the owner
 * (owner_type + owner_id), which is what download permission is decided on. Until linked, only
 * the uploader may see it, and a clean-up removes it after a day.
 */
@Entity('attachment')
@Check('CHK_attachment_media_type', oneOf('media_type', ATTACHMENT_MEDIA_TYPES))
@Check(
  'CHK_attachment_owner',
  '("owner_type" IS NULL AND "owner_id" IS NULL) OR ("owner_type" IS NOT NULL AND "owner_id" IS NOT NULL)',
)
@Index('IDX_attachment_owner', ['ownerType', 'ownerId'])
export class AttachmentEntity {
  /** Random UUID (also the stored file's name): ids in download URLs must not be guessable. */
  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: 'PK_attachment' })
  id!: string;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName!: string;

  @Column({ name: 'media_type', type: 'varchar', length: 128 })
  mediaType!: AttachmentMediaType;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** Path of the file under DATA_DIR/attachments (never derived from the user's file name). */
  @Column({ name: 'storage_key', type: 'varchar', length: 64 })
  storageKey!: string;

  @Index('IDX_attachment_uploaded_by')
  @Column({ name: 'uploaded_by', type: 'integer' })
  uploadedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'FK_attachment_uploaded_by' })
  uploader?: Relation<UserEntity>;

  @Index('IDX_attachment_uploaded_at')
  @Column({ name: 'uploaded_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  uploadedAt!: Date;

  /** 'report', 'closure_request', 'problem'… null while unlinked. */
  @Column({ name: 'owner_type', type: 'varchar', length: 32, nullable: true })
  ownerType!: string | null;

  @Column({ name: 'owner_id', type: 'integer', nullable: true })
  ownerId!: number | null;
}
