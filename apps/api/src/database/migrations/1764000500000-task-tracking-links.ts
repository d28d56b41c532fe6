import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task tracking, part two: the tables that reference other features' later tables — evidence
 * files of closure requests (attachment, 1764000300000) and leaders' instructions (批示) on tasks
 * or supervision notices (supervision_notice, 1764000400000) with their acknowledgements.
 *
 * Written from the entities' SQL on each database, tidied like the initial schema.
 */
export class TaskTrackingLinks1764000500000 implements MigrationInterface {
  name = 'TaskTrackingLinks1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements =
      queryRunner.connection.driver.options.type === 'postgres' ? POSTGRES : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['instruction_ack', 'instruction', 'closure_request_attachment']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

const POSTGRES = [
  `CREATE TABLE "closure_request_attachment" (
    "attachment_id" character varying(36) NOT NULL,
    "closure_request_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_closure_request_attachment" PRIMARY KEY ("attachment_id"),
    CONSTRAINT "FK_closure_request_attachment_attachment" FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_attachment_request" FOREIGN KEY ("closure_request_id") REFERENCES "closure_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_closure_request_attachment_request_id" ON "closure_request_attachment" ("closure_request_id")`,
  `CREATE TABLE "instruction" (
    "id" SERIAL NOT NULL,
    "author_user_id" integer NOT NULL,
    "task_id" integer,
    "notice_id" integer,
    "text" text NOT NULL,
    "created_at" character varying(24) NOT NULL,
    CONSTRAINT "CHK_instruction_subject" CHECK (("task_id" IS NULL) <> ("notice_id" IS NULL)),
    CONSTRAINT "PK_instruction" PRIMARY KEY ("id"),
    CONSTRAINT "FK_instruction_author" FOREIGN KEY ("author_user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_notice" FOREIGN KEY ("notice_id") REFERENCES "supervision_notice" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_instruction_task_id" ON "instruction" ("task_id")`,
  `CREATE INDEX "IDX_instruction_notice_id" ON "instruction" ("notice_id")`,
  `CREATE TABLE "instruction_ack" (
    "instruction_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    "acknowledged_by" integer,
    "acknowledged_at" character varying(24),
    CONSTRAINT "PK_instruction_ack" PRIMARY KEY ("instruction_id", "department_id"),
    CONSTRAINT "FK_instruction_ack_instruction" FOREIGN KEY ("instruction_id") REFERENCES "instruction" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_ack_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_ack_acknowledged_by" FOREIGN KEY ("acknowledged_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_instruction_ack_department_id" ON "instruction_ack" ("department_id")`,
];

const SQLITE = [
  `CREATE TABLE "closure_request_attachment" (
    "attachment_id" varchar(36) NOT NULL,
    "closure_request_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_closure_request_attachment_attachment" FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_closure_request_attachment_request" FOREIGN KEY ("closure_request_id") REFERENCES "closure_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    PRIMARY KEY ("attachment_id")
  )`,
  `CREATE INDEX "IDX_closure_request_attachment_request_id" ON "closure_request_attachment" ("closure_request_id")`,
  `CREATE TABLE "instruction" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "author_user_id" integer NOT NULL,
    "task_id" integer,
    "notice_id" integer,
    "text" text NOT NULL,
    "created_at" varchar(24) NOT NULL,
    CONSTRAINT "CHK_instruction_subject" CHECK (("task_id" IS NULL) <> ("notice_id" IS NULL)),
    CONSTRAINT "FK_instruction_author" FOREIGN KEY ("author_user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_notice" FOREIGN KEY ("notice_id") REFERENCES "supervision_notice" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_instruction_task_id" ON "instruction" ("task_id")`,
  `CREATE INDEX "IDX_instruction_notice_id" ON "instruction" ("notice_id")`,
  `CREATE TABLE "instruction_ack" (
    "instruction_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    "acknowledged_by" integer,
    "acknowledged_at" varchar(24),
    CONSTRAINT "FK_instruction_ack_instruction" FOREIGN KEY ("instruction_id") REFERENCES "instruction" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_ack_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_instruction_ack_acknowledged_by" FOREIGN KEY ("acknowledged_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    PRIMARY KEY ("instruction_id", "department_id")
  )`,
  `CREATE INDEX "IDX_instruction_ack_department_id" ON "instruction_ack" ("department_id")`,
];
