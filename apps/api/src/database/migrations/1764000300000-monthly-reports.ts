import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly reporting: the admins' holiday years (holiday_year), each jurisdiction's reporting
 * settings (jurisdiction_setting), evidence files (attachment), progress reports with their
 * target actuals, history and files, and the task's completion (task.completion_percent).
 *
 * Generated from the entities on each database and tidied like the initial schema (foreign
 * keys inside CREATE TABLE). Instants the application decides (submission, review, upload) are
 * fixed-width ISO-8601 UTC text, see database/instant-column.ts; created_at/updated_at of a
 * report are database timestamps like every other table's.
 */
export class MonthlyReports1764000300000 implements MigrationInterface {
  name = 'MonthlyReports1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    for (const statement of postgres ? POSTGRES : SQLITE) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
    await queryRunner.query(
      postgres
        ? `ALTER TABLE "task" ADD "completion_percent" integer`
        : `ALTER TABLE "task" ADD COLUMN "completion_percent" integer`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "completion_percent"`);
    // Children before parents, so no foreign key is left pointing at a dropped table.
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}

/** Tables in creation order (every table after the tables it references). */
const TABLES = [
  'holiday_year',
  'jurisdiction_setting',
  'attachment',
  'progress_report',
  'report_target_actual',
  'report_event',
  'report_attachment',
];

const MEDIA_TYPES = `'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'image/jpeg', 'image/png'`;

const CHECKS = {
  attachmentOwner: `CONSTRAINT "CHK_attachment_owner" CHECK (("owner_type" IS NULL AND "owner_id" IS NULL) OR ("owner_type" IS NOT NULL AND "owner_id" IS NOT NULL))`,
  attachmentMediaType: `CONSTRAINT "CHK_attachment_media_type" CHECK ("media_type" IN (${MEDIA_TYPES}))`,
  reminderDays: `CONSTRAINT "CHK_jurisdiction_setting_reminder_working_days" CHECK ("reminder_working_days" >= 0 AND "reminder_working_days" <= 20)`,
  dueDay: `CONSTRAINT "CHK_jurisdiction_setting_report_due_day" CHECK ("report_due_day" >= 1 AND "report_due_day" <= 28)`,
  completion: `CONSTRAINT "CHK_progress_report_completion" CHECK ("completion_percent" IS NULL OR ("completion_percent" >= 0 AND "completion_percent" <= 100))`,
  reportStatus: `CONSTRAINT "CHK_progress_report_status" CHECK ("status" IN ('draft', 'submitted', 'returned', 'accepted'))`,
  reportRole: `CONSTRAINT "CHK_progress_report_role" CHECK ("role" IN ('lead', 'support'))`,
  eventKind: `CONSTRAINT "CHK_report_event_kind" CHECK ("kind" IN ('submitted', 'returned', 'accepted'))`,
};

const FOREIGN_KEYS = {
  holidayYear: `CONSTRAINT "FK_holiday_year_updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  setting: `CONSTRAINT "FK_jurisdiction_setting_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_jurisdiction_setting_updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  attachment: `CONSTRAINT "FK_attachment_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  report: `CONSTRAINT "FK_progress_report_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_progress_report_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_progress_report_reviewed_by" FOREIGN KEY ("reviewed_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_progress_report_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  actual: `CONSTRAINT "FK_report_target_actual_report" FOREIGN KEY ("report_id") REFERENCES "progress_report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_report_target_actual_target" FOREIGN KEY ("target_id") REFERENCES "target" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  event: `CONSTRAINT "FK_report_event_report" FOREIGN KEY ("report_id") REFERENCES "progress_report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_report_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  reportAttachment: `CONSTRAINT "FK_report_attachment_attachment" FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_report_attachment_report" FOREIGN KEY ("report_id") REFERENCES "progress_report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
};

const INDEXES = [
  `CREATE INDEX "IDX_attachment_uploaded_by" ON "attachment" ("uploaded_by")`,
  `CREATE INDEX "IDX_attachment_uploaded_at" ON "attachment" ("uploaded_at")`,
  `CREATE INDEX "IDX_attachment_owner" ON "attachment" ("owner_type", "owner_id")`,
  `CREATE UNIQUE INDEX "UQ_progress_report_task_department_period" ON "progress_report" ("task_id", "department_id", "period")`,
  `CREATE INDEX "IDX_progress_report_period_task" ON "progress_report" ("period", "task_id")`,
  `CREATE INDEX "IDX_progress_report_department_period" ON "progress_report" ("department_id", "period")`,
  `CREATE INDEX "IDX_report_target_actual_target_id" ON "report_target_actual" ("target_id")`,
  `CREATE INDEX "IDX_report_event_actor_user_id" ON "report_event" ("actor_user_id")`,
  `CREATE INDEX "IDX_report_event_report_occurred_at" ON "report_event" ("report_id", "occurred_at")`,
  `CREATE INDEX "IDX_report_attachment_report_id" ON "report_attachment" ("report_id")`,
];

const POSTGRES = [
  `CREATE TABLE "holiday_year" (
    "year" integer NOT NULL,
    "holidays" text NOT NULL,
    "makeup_workdays" text NOT NULL,
    "updated_by" integer,
    "updated_at" character varying(24) NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    CONSTRAINT "PK_holiday_year" PRIMARY KEY ("year"),
    ${FOREIGN_KEYS.holidayYear}
  )`,
  `CREATE TABLE "jurisdiction_setting" (
    "jurisdiction_code" character varying(6) NOT NULL,
    "report_due_day" integer NOT NULL DEFAULT '20',
    "reminder_working_days" integer NOT NULL DEFAULT '3',
    "updated_by" integer,
    "updated_at" character varying(24) NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    ${CHECKS.reminderDays},
    ${CHECKS.dueDay},
    CONSTRAINT "PK_jurisdiction_setting" PRIMARY KEY ("jurisdiction_code"),
    ${FOREIGN_KEYS.setting}
  )`,
  `CREATE TABLE "attachment" (
    "id" character varying(36) NOT NULL,
    "original_name" character varying(255) NOT NULL,
    "media_type" character varying(128) NOT NULL,
    "size" integer NOT NULL,
    "sha256" character varying(64) NOT NULL,
    "storage_key" character varying(64) NOT NULL,
    "uploaded_by" integer NOT NULL,
    "uploaded_at" character varying(24) NOT NULL,
    "owner_type" character varying(32),
    "owner_id" integer,
    ${CHECKS.attachmentOwner},
    ${CHECKS.attachmentMediaType},
    CONSTRAINT "PK_attachment" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS.attachment}
  )`,
  `CREATE TABLE "progress_report" (
    "id" SERIAL NOT NULL,
    "task_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "period" character varying(7) NOT NULL,
    "role" character varying(8) NOT NULL,
    "status" character varying(16) NOT NULL DEFAULT 'draft',
    "work_done" text NOT NULL DEFAULT '',
    "problems" text NOT NULL DEFAULT '',
    "next_steps" text NOT NULL DEFAULT '',
    "completion_percent" integer,
    "submitted_at" character varying(24),
    "first_submitted_at" character varying(24),
    "reviewed_by" integer,
    "reviewed_at" character varying(24),
    "return_reason" text,
    "created_by" integer NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    ${CHECKS.completion},
    ${CHECKS.reportStatus},
    ${CHECKS.reportRole},
    CONSTRAINT "PK_progress_report" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS.report}
  )`,
  `CREATE TABLE "report_target_actual" (
    "report_id" integer NOT NULL,
    "target_id" integer NOT NULL,
    "value" numeric NOT NULL,
    "unit" character varying(32) NOT NULL,
    CONSTRAINT "PK_report_target_actual" PRIMARY KEY ("report_id", "target_id"),
    ${FOREIGN_KEYS.actual}
  )`,
  `CREATE TABLE "report_event" (
    "id" SERIAL NOT NULL,
    "report_id" integer NOT NULL,
    "kind" character varying(16) NOT NULL,
    "actor_user_id" integer NOT NULL,
    "reason" text,
    "occurred_at" character varying(24) NOT NULL,
    ${CHECKS.eventKind},
    CONSTRAINT "PK_report_event" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS.event}
  )`,
  `CREATE TABLE "report_attachment" (
    "attachment_id" character varying(36) NOT NULL,
    "report_id" integer NOT NULL,
    CONSTRAINT "PK_report_attachment" PRIMARY KEY ("attachment_id"),
    ${FOREIGN_KEYS.reportAttachment}
  )`,
];

const SQLITE = [
  `CREATE TABLE "holiday_year" (
    "year" integer PRIMARY KEY NOT NULL,
    "holidays" text NOT NULL,
    "makeup_workdays" text NOT NULL,
    "updated_by" integer,
    "updated_at" varchar(24) NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    ${FOREIGN_KEYS.holidayYear}
  )`,
  `CREATE TABLE "jurisdiction_setting" (
    "jurisdiction_code" varchar(6) PRIMARY KEY NOT NULL,
    "report_due_day" integer NOT NULL DEFAULT (20),
    "reminder_working_days" integer NOT NULL DEFAULT (3),
    "updated_by" integer,
    "updated_at" varchar(24) NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    ${CHECKS.reminderDays},
    ${CHECKS.dueDay},
    ${FOREIGN_KEYS.setting}
  )`,
  `CREATE TABLE "attachment" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "original_name" varchar(255) NOT NULL,
    "media_type" varchar(128) NOT NULL,
    "size" integer NOT NULL,
    "sha256" varchar(64) NOT NULL,
    "storage_key" varchar(64) NOT NULL,
    "uploaded_by" integer NOT NULL,
    "uploaded_at" varchar(24) NOT NULL,
    "owner_type" varchar(32),
    "owner_id" integer,
    ${CHECKS.attachmentOwner},
    ${CHECKS.attachmentMediaType},
    ${FOREIGN_KEYS.attachment}
  )`,
  `CREATE TABLE "progress_report" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "period" varchar(7) NOT NULL,
    "role" varchar(8) NOT NULL,
    "status" varchar(16) NOT NULL DEFAULT ('draft'),
    "work_done" text NOT NULL DEFAULT (''),
    "problems" text NOT NULL DEFAULT (''),
    "next_steps" text NOT NULL DEFAULT (''),
    "completion_percent" integer,
    "submitted_at" varchar(24),
    "first_submitted_at" varchar(24),
    "reviewed_by" integer,
    "reviewed_at" varchar(24),
    "return_reason" text,
    "created_by" integer NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    "created_at" datetime NOT NULL DEFAULT (datetime('now')),
    "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
    ${CHECKS.completion},
    ${CHECKS.reportStatus},
    ${CHECKS.reportRole},
    ${FOREIGN_KEYS.report}
  )`,
  `CREATE TABLE "report_target_actual" (
    "report_id" integer NOT NULL,
    "target_id" integer NOT NULL,
    "value" numeric NOT NULL,
    "unit" varchar(32) NOT NULL,
    ${FOREIGN_KEYS.actual},
    PRIMARY KEY ("report_id", "target_id")
  )`,
  `CREATE TABLE "report_event" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "report_id" integer NOT NULL,
    "kind" varchar(16) NOT NULL,
    "actor_user_id" integer NOT NULL,
    "reason" text,
    "occurred_at" varchar(24) NOT NULL,
    ${CHECKS.eventKind},
    ${FOREIGN_KEYS.event}
  )`,
  `CREATE TABLE "report_attachment" (
    "attachment_id" varchar(36) PRIMARY KEY NOT NULL,
    "report_id" integer NOT NULL,
    ${FOREIGN_KEYS.reportAttachment}
  )`,
];
