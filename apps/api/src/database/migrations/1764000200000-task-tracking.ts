import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task tracking: the task history (task_event), closure (销号) requests, extension / adjustment
 * requests (change_request with its proposed departments), and the planned deadline kept on the
 * task once an extension is approved (task.original_deadline_*).
 *
 * Written from the entities' SQL on each database, tidied like the initial schema (foreign keys
 * inside CREATE TABLE). Instants are fixed-width ISO-8601 UTC text (database/instant-column.ts),
 * so "as of a date" queries over task_event compare the same way on both databases. The tables
 * that reference evidence files (attachment) and supervision notices come later, in
 * 1764000500000, after the migrations that create those.
 */
export class TaskTracking1764000200000 implements MigrationInterface {
  name = 'TaskTracking1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements =
      queryRunner.connection.driver.options.type === 'postgres' ? POSTGRES : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'change_request_department',
      'change_request',
      'closure_request',
      'task_event',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    // SQLite ≥ 3.35 drops columns too (none of these is indexed or constrained).
    for (const column of ORIGINAL_DEADLINE_COLUMNS) {
      await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "${column}"`);
    }
  }
}

const ORIGINAL_DEADLINE_COLUMNS = [
  'original_deadline_kind',
  'original_deadline_date',
  'original_deadline_phase',
  'original_deadline_printed',
];

const POSTGRES = [
  `ALTER TABLE "task" ADD "original_deadline_kind" character varying(16)`,
  `ALTER TABLE "task" ADD "original_deadline_date" character varying(10)`,
  `ALTER TABLE "task" ADD "original_deadline_phase" character varying(64)`,
  `ALTER TABLE "task" ADD "original_deadline_printed" text`,
  `CREATE TABLE "task_event" (
    "id" SERIAL NOT NULL,
    "task_id" integer NOT NULL,
    "type" character varying(32) NOT NULL,
    "actor_user_id" integer NOT NULL,
    "occurred_at" character varying(24) NOT NULL,
    "reason" text,
    "from_status" character varying(32),
    "to_status" character varying(32),
    "before_json" text,
    "after_json" text,
    CONSTRAINT "CHK_task_event_type" CHECK ("type" IN ('status_changed', 'closure_requested', 'closure_approved', 'closure_rejected', 'change_requested', 'change_approved', 'change_rejected', 'instruction_written', 'instruction_acknowledged')),
    CONSTRAINT "CHK_task_event_from_status" CHECK ("from_status" IN ('not_started', 'in_progress', 'done_pending_closure', 'closed', 'suspended')),
    CONSTRAINT "CHK_task_event_to_status" CHECK ("to_status" IN ('not_started', 'in_progress', 'done_pending_closure', 'closed', 'suspended')),
    CONSTRAINT "PK_task_event" PRIMARY KEY ("id"),
    CONSTRAINT "FK_task_event_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_task_event_task_occurred_at" ON "task_event" ("task_id", "occurred_at")`,
  `CREATE INDEX "IDX_task_event_actor_user_id" ON "task_event" ("actor_user_id")`,
  `CREATE TABLE "closure_request" (
    "id" SERIAL NOT NULL,
    "task_id" integer NOT NULL,
    "requested_by" integer NOT NULL,
    "department_id" integer NOT NULL,
    "note" text NOT NULL,
    "status" character varying(16) NOT NULL DEFAULT 'pending',
    "created_at" character varying(24) NOT NULL,
    "decided_by" integer,
    "decided_at" character varying(24),
    "decision_reason" text,
    "version" integer NOT NULL DEFAULT '1',
    CONSTRAINT "CHK_closure_request_status" CHECK ("status" IN ('pending', 'approved', 'rejected')),
    CONSTRAINT "PK_closure_request" PRIMARY KEY ("id"),
    CONSTRAINT "FK_closure_request_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_closure_request_task_id" ON "closure_request" ("task_id")`,
  `CREATE INDEX "IDX_closure_request_status" ON "closure_request" ("status")`,
  `CREATE TABLE "change_request" (
    "id" SERIAL NOT NULL,
    "task_id" integer NOT NULL,
    "kind" character varying(16) NOT NULL,
    "requested_by" integer NOT NULL,
    "department_id" integer NOT NULL,
    "reason" text NOT NULL,
    "proposed_deadline_date" character varying(10),
    "proposed_deadline_printed" text,
    "proposed_title" text,
    "proposed_body" text,
    "status" character varying(16) NOT NULL DEFAULT 'pending',
    "created_at" character varying(24) NOT NULL,
    "decided_by" integer,
    "decided_at" character varying(24),
    "decision_reason" text,
    "version" integer NOT NULL DEFAULT '1',
    CONSTRAINT "CHK_change_request_kind" CHECK ("kind" IN ('extension', 'adjustment')),
    CONSTRAINT "CHK_change_request_status" CHECK ("status" IN ('pending', 'approved', 'rejected')),
    CONSTRAINT "PK_change_request" PRIMARY KEY ("id"),
    CONSTRAINT "FK_change_request_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_change_request_task_id" ON "change_request" ("task_id")`,
  `CREATE INDEX "IDX_change_request_status" ON "change_request" ("status")`,
  `CREATE TABLE "change_request_department" (
    "change_request_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "role" character varying(8) NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "CHK_change_request_department_role" CHECK ("role" IN ('lead', 'support')),
    CONSTRAINT "PK_change_request_department" PRIMARY KEY ("change_request_id", "department_id"),
    CONSTRAINT "FK_change_request_department_request" FOREIGN KEY ("change_request_id") REFERENCES "change_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_change_request_department_department_id" ON "change_request_department" ("department_id")`,
];

const SQLITE = [
  `ALTER TABLE "task" ADD COLUMN "original_deadline_kind" varchar(16)`,
  `ALTER TABLE "task" ADD COLUMN "original_deadline_date" varchar(10)`,
  `ALTER TABLE "task" ADD COLUMN "original_deadline_phase" varchar(64)`,
  `ALTER TABLE "task" ADD COLUMN "original_deadline_printed" text`,
  `CREATE TABLE "task_event" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" integer NOT NULL,
    "type" varchar(32) NOT NULL,
    "actor_user_id" integer NOT NULL,
    "occurred_at" varchar(24) NOT NULL,
    "reason" text,
    "from_status" varchar(32),
    "to_status" varchar(32),
    "before_json" text,
    "after_json" text,
    CONSTRAINT "CHK_task_event_type" CHECK ("type" IN ('status_changed', 'closure_requested', 'closure_approved', 'closure_rejected', 'change_requested', 'change_approved', 'change_rejected', 'instruction_written', 'instruction_acknowledged')),
    CONSTRAINT "CHK_task_event_from_status" CHECK ("from_status" IN ('not_started', 'in_progress', 'done_pending_closure', 'closed', 'suspended')),
    CONSTRAINT "CHK_task_event_to_status" CHECK ("to_status" IN ('not_started', 'in_progress', 'done_pending_closure', 'closed', 'suspended')),
    CONSTRAINT "FK_task_event_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_task_event_task_occurred_at" ON "task_event" ("task_id", "occurred_at")`,
  `CREATE INDEX "IDX_task_event_actor_user_id" ON "task_event" ("actor_user_id")`,
  `CREATE TABLE "closure_request" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" integer NOT NULL,
    "requested_by" integer NOT NULL,
    "department_id" integer NOT NULL,
    "note" text NOT NULL,
    "status" varchar(16) NOT NULL DEFAULT ('pending'),
    "created_at" varchar(24) NOT NULL,
    "decided_by" integer,
    "decided_at" varchar(24),
    "decision_reason" text,
    "version" integer NOT NULL DEFAULT (1),
    CONSTRAINT "CHK_closure_request_status" CHECK ("status" IN ('pending', 'approved', 'rejected')),
    CONSTRAINT "FK_closure_request_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_closure_request_task_id" ON "closure_request" ("task_id")`,
  `CREATE INDEX "IDX_closure_request_status" ON "closure_request" ("status")`,
  `CREATE TABLE "change_request" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" integer NOT NULL,
    "kind" varchar(16) NOT NULL,
    "requested_by" integer NOT NULL,
    "department_id" integer NOT NULL,
    "reason" text NOT NULL,
    "proposed_deadline_date" varchar(10),
    "proposed_deadline_printed" text,
    "proposed_title" text,
    "proposed_body" text,
    "status" varchar(16) NOT NULL DEFAULT ('pending'),
    "created_at" varchar(24) NOT NULL,
    "decided_by" integer,
    "decided_at" varchar(24),
    "decision_reason" text,
    "version" integer NOT NULL DEFAULT (1),
    CONSTRAINT "CHK_change_request_kind" CHECK ("kind" IN ('extension', 'adjustment')),
    CONSTRAINT "CHK_change_request_status" CHECK ("status" IN ('pending', 'approved', 'rejected')),
    CONSTRAINT "FK_change_request_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_change_request_task_id" ON "change_request" ("task_id")`,
  `CREATE INDEX "IDX_change_request_status" ON "change_request" ("status")`,
  `CREATE TABLE "change_request_department" (
    "change_request_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "role" varchar(8) NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "CHK_change_request_department_role" CHECK ("role" IN ('lead', 'support')),
    CONSTRAINT "FK_change_request_department_request" FOREIGN KEY ("change_request_id") REFERENCES "change_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_change_request_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    PRIMARY KEY ("change_request_id", "department_id")
  )`,
  `CREATE INDEX "IDX_change_request_department_department_id" ON "change_request_department" ("department_id")`,
];
