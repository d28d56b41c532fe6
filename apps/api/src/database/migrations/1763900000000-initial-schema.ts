import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: jurisdictions and their departments and leaders, the indicator catalog,
 * plans with phases, sections and indicator assignments, tasks with departments and targets.
 *
 * Generated from the entities on each database (TypeORM's schema builder), then read and
 * tidied by hand: SQLite gets its foreign keys inside CREATE TABLE (the generator rebuilds
 * every table through a temporary copy to add them), PostgreSQL too, for symmetry. The
 * test "entities and migrations agree" fails if this file and the entities drift apart.
 * Calendar dates are varchar(10) "YYYY-MM-DD" on both databases; created_at/updated_at are
 * UTC instants (timestamptz on PostgreSQL, datetime('now') text in UTC on SQLite).
 */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements =
      queryRunner.connection.driver.options.type === 'postgres' ? POSTGRES : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Children before parents, so no foreign key is left pointing at a dropped table.
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}

/** Tables in creation order (every table after the tables it references). */
const TABLES = [
  'jurisdiction',
  'department',
  'department_alias',
  'indicator',
  'leader',
  'plan',
  'indicator_assignment',
  'indicator_assignment_department',
  'indicator_assignment_leader',
  'plan_phase',
  'plan_section',
  'task',
  'target',
  'task_department',
];

const POSTGRES = [
  `CREATE TABLE "jurisdiction" (
    "code" character varying(6) NOT NULL,
    "name" character varying(64) NOT NULL,
    "level" character varying(16) NOT NULL,
    "parent_code" character varying(6),
    CONSTRAINT "CHK_jurisdiction_level" CHECK ("level" IN ('province', 'city', 'county')),
    CONSTRAINT "PK_jurisdiction" PRIMARY KEY ("code"),
    CONSTRAINT "FK_jurisdiction_parent" FOREIGN KEY ("parent_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_jurisdiction_parent_code" ON "jurisdiction" ("parent_code")`,
  `CREATE TABLE "department" (
    "id" SERIAL NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "name" character varying(128) NOT NULL,
    "kind" character varying(16) NOT NULL,
    CONSTRAINT "CHK_department_kind" CHECK ("kind" IN ('government', 'party', 'judicial', 'town', 'enterprise', 'group', 'other')),
    CONSTRAINT "PK_department" PRIMARY KEY ("id"),
    CONSTRAINT "FK_department_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_department_jurisdiction_name" ON "department" ("jurisdiction_code", "name")`,
  `CREATE TABLE "department_alias" (
    "department_id" integer NOT NULL,
    "alias" character varying(128) NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_department_alias" PRIMARY KEY ("department_id", "alias"),
    CONSTRAINT "FK_department_alias_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_department_alias_alias" ON "department_alias" ("alias")`,
  `CREATE TABLE "indicator" (
    "code" character varying(64) NOT NULL,
    "name" character varying(64) NOT NULL,
    "parent_code" character varying(64),
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_indicator" PRIMARY KEY ("code"),
    CONSTRAINT "FK_indicator_parent" FOREIGN KEY ("parent_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE TABLE "leader" (
    "id" SERIAL NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "name" character varying(32) NOT NULL,
    "title" character varying(128) NOT NULL,
    CONSTRAINT "PK_leader" PRIMARY KEY ("id"),
    CONSTRAINT "FK_leader_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_leader_jurisdiction_name" ON "leader" ("jurisdiction_code", "name")`,
  `CREATE TABLE "plan" (
    "id" SERIAL NOT NULL,
    "key" character varying(64) NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "parent_plan_id" integer,
    "title" text NOT NULL,
    "issuer" character varying(128) NOT NULL,
    "document_number" character varying(64),
    "issued_date" character varying(10),
    "year" integer NOT NULL,
    "source_file" character varying(255) NOT NULL,
    "source_annex" character varying(255),
    CONSTRAINT "PK_plan" PRIMARY KEY ("id"),
    CONSTRAINT "FK_plan_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_plan_parent_plan" FOREIGN KEY ("parent_plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_plan_key" ON "plan" ("key")`,
  `CREATE INDEX "IDX_plan_jurisdiction_code" ON "plan" ("jurisdiction_code")`,
  `CREATE INDEX "IDX_plan_parent_plan_id" ON "plan" ("parent_plan_id")`,
  `CREATE TABLE "indicator_assignment" (
    "id" SERIAL NOT NULL,
    "plan_id" integer NOT NULL,
    "indicator_code" character varying(64) NOT NULL,
    "leader_text" text,
    "printed" text NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_indicator_assignment" PRIMARY KEY ("id"),
    CONSTRAINT "FK_indicator_assignment_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_indicator_assignment_indicator" FOREIGN KEY ("indicator_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_indicator_assignment_plan_indicator" ON "indicator_assignment" ("plan_id", "indicator_code")`,
  `CREATE TABLE "indicator_assignment_department" (
    "assignment_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_indicator_assignment_department" PRIMARY KEY ("assignment_id", "department_id"),
    CONSTRAINT "FK_indicator_assignment_department_assignment" FOREIGN KEY ("assignment_id") REFERENCES "indicator_assignment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_indicator_assignment_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_indicator_assignment_department_department_id" ON "indicator_assignment_department" ("department_id")`,
  `CREATE TABLE "indicator_assignment_leader" (
    "assignment_id" integer NOT NULL,
    "leader_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_indicator_assignment_leader" PRIMARY KEY ("assignment_id", "leader_id"),
    CONSTRAINT "FK_indicator_assignment_leader_assignment" FOREIGN KEY ("assignment_id") REFERENCES "indicator_assignment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_indicator_assignment_leader_leader" FOREIGN KEY ("leader_id") REFERENCES "leader" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_indicator_assignment_leader_leader_id" ON "indicator_assignment_leader" ("leader_id")`,
  `CREATE TABLE "plan_phase" (
    "id" SERIAL NOT NULL,
    "plan_id" integer NOT NULL,
    "name" character varying(64) NOT NULL,
    "start_date" character varying(10) NOT NULL,
    "end_date" character varying(10) NOT NULL,
    "printed" text NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_plan_phase" PRIMARY KEY ("id"),
    CONSTRAINT "FK_plan_phase_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_plan_phase_plan_id" ON "plan_phase" ("plan_id")`,
  `CREATE TABLE "plan_section" (
    "id" SERIAL NOT NULL,
    "plan_id" integer NOT NULL,
    "code" character varying(64) NOT NULL,
    "title" text NOT NULL,
    "parent_code" character varying(64),
    "indicator_code" character varying(64),
    "sort_order" integer NOT NULL,
    CONSTRAINT "PK_plan_section" PRIMARY KEY ("id"),
    CONSTRAINT "FK_plan_section_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_plan_section_indicator" FOREIGN KEY ("indicator_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_plan_section_plan_code" ON "plan_section" ("plan_id", "code")`,
  `CREATE TABLE "task" (
    "id" SERIAL NOT NULL,
    "plan_id" integer NOT NULL,
    "parent_id" integer,
    "code" character varying(64) NOT NULL,
    "kind" character varying(16) NOT NULL,
    "section_code" character varying(64),
    "title" text NOT NULL,
    "body" text NOT NULL,
    "indicator_code" character varying(64),
    "status" character varying(32) NOT NULL DEFAULT 'not_started',
    "deadline_kind" character varying(16) NOT NULL,
    "deadline_date" character varying(10),
    "deadline_phase" character varying(64),
    "deadline_printed" text,
    "attribution" text,
    "sort_order" integer NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT "CHK_task_deadline_kind" CHECK ("deadline_kind" IN ('none', 'date', 'milestone', 'ongoing', 'phase')),
    CONSTRAINT "CHK_task_status" CHECK ("status" IN ('not_started', 'in_progress', 'done_pending_closure', 'closed', 'suspended')),
    CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('key_reform', 'task', 'sub_item', 'bundle', 'bundle_item')),
    CONSTRAINT "PK_task" PRIMARY KEY ("id"),
    CONSTRAINT "FK_task_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_parent" FOREIGN KEY ("parent_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_indicator" FOREIGN KEY ("indicator_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_task_parent_id" ON "task" ("parent_id")`,
  `CREATE INDEX "IDX_task_indicator_code" ON "task" ("indicator_code")`,
  `CREATE INDEX "IDX_task_deadline_date" ON "task" ("deadline_date")`,
  `CREATE INDEX "IDX_task_plan_parent" ON "task" ("plan_id", "parent_id")`,
  `CREATE UNIQUE INDEX "UQ_task_plan_code" ON "task" ("plan_id", "code")`,
  `CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "task_id" integer NOT NULL,
    "metric" text NOT NULL,
    "comparator" character varying(8) NOT NULL,
    "value" numeric NOT NULL,
    "unit" character varying(32) NOT NULL,
    "period" character varying(64),
    "baseline" numeric,
    "printed" text NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "CHK_target_comparator" CHECK ("comparator" IN ('lte', 'gte', 'eq')),
    CONSTRAINT "PK_target" PRIMARY KEY ("id"),
    CONSTRAINT "FK_target_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_target_task_id" ON "target" ("task_id")`,
  `CREATE TABLE "task_department" (
    "task_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "role" character varying(8) NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "CHK_task_department_role" CHECK ("role" IN ('lead', 'support')),
    CONSTRAINT "PK_task_department" PRIMARY KEY ("task_id", "department_id", "role"),
    CONSTRAINT "FK_task_department_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_task_department_department_task" ON "task_department" ("department_id", "task_id")`,
];

const SQLITE = [
  `CREATE TABLE "jurisdiction" (
    "code" varchar(6) PRIMARY KEY NOT NULL,
    "name" varchar(64) NOT NULL,
    "level" varchar(16) NOT NULL,
    "parent_code" varchar(6),
    CONSTRAINT "CHK_jurisdiction_level" CHECK ("level" IN ('province', 'city', 'county')),
    CONSTRAINT "FK_jurisdiction_parent" FOREIGN KEY ("parent_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_jurisdiction_parent_code" ON "jurisdiction" ("parent_code")`,
  `CREATE TABLE "department" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "name" varchar(128) NOT NULL,
    "kind" varchar(16) NOT NULL,
    CONSTRAINT "CHK_department_kind" CHECK ("kind" IN ('government', 'party', 'judicial', 'town', 'enterprise', 'group', 'other')),
    CONSTRAINT "FK_department_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_department_jurisdiction_name" ON "department" ("jurisdiction_code", "name")`,
  `CREATE TABLE "department_alias" (
    "department_id" integer NOT NULL,
    "alias" varchar(128) NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_department_alias_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    PRIMARY KEY ("department_id", "alias")
  )`,
  `CREATE INDEX "IDX_department_alias_alias" ON "department_alias" ("alias")`,
  `CREATE TABLE "indicator" (
    "code" varchar(64) PRIMARY KEY NOT NULL,
    "name" varchar(64) NOT NULL,
    "parent_code" varchar(64),
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_indicator_parent" FOREIGN KEY ("parent_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE TABLE "leader" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "name" varchar(32) NOT NULL,
    "title" varchar(128) NOT NULL,
    CONSTRAINT "FK_leader_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_leader_jurisdiction_name" ON "leader" ("jurisdiction_code", "name")`,
  `CREATE TABLE "plan" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" varchar(64) NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "parent_plan_id" integer,
    "title" text NOT NULL,
    "issuer" varchar(128) NOT NULL,
    "document_number" varchar(64),
    "issued_date" varchar(10),
    "year" integer NOT NULL,
    "source_file" varchar(255) NOT NULL,
    "source_annex" varchar(255),
    CONSTRAINT "FK_plan_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_plan_parent_plan" FOREIGN KEY ("parent_plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_plan_key" ON "plan" ("key")`,
  `CREATE INDEX "IDX_plan_jurisdiction_code" ON "plan" ("jurisdiction_code")`,
  `CREATE INDEX "IDX_plan_parent_plan_id" ON "plan" ("parent_plan_id")`,
  `CREATE TABLE "indicator_assignment" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "plan_id" integer NOT NULL,
    "indicator_code" varchar(64) NOT NULL,
    "leader_text" text,
    "printed" text NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_indicator_assignment_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_indicator_assignment_indicator" FOREIGN KEY ("indicator_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_indicator_assignment_plan_indicator" ON "indicator_assignment" ("plan_id", "indicator_code")`,
  `CREATE TABLE "indicator_assignment_department" (
    "assignment_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_indicator_assignment_department_assignment" FOREIGN KEY ("assignment_id") REFERENCES "indicator_assignment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_indicator_assignment_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    PRIMARY KEY ("assignment_id", "department_id")
  )`,
  `CREATE INDEX "IDX_indicator_assignment_department_department_id" ON "indicator_assignment_department" ("department_id")`,
  `CREATE TABLE "indicator_assignment_leader" (
    "assignment_id" integer NOT NULL,
    "leader_id" integer NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_indicator_assignment_leader_assignment" FOREIGN KEY ("assignment_id") REFERENCES "indicator_assignment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_indicator_assignment_leader_leader" FOREIGN KEY ("leader_id") REFERENCES "leader" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    PRIMARY KEY ("assignment_id", "leader_id")
  )`,
  `CREATE INDEX "IDX_indicator_assignment_leader_leader_id" ON "indicator_assignment_leader" ("leader_id")`,
  `CREATE TABLE "plan_phase" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "plan_id" integer NOT NULL,
    "name" varchar(64) NOT NULL,
    "start_date" varchar(10) NOT NULL,
    "end_date" varchar(10) NOT NULL,
    "printed" text NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_plan_phase_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_plan_phase_plan_id" ON "plan_phase" ("plan_id")`,
  `CREATE TABLE "plan_section" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "plan_id" integer NOT NULL,
    "code" varchar(64) NOT NULL,
    "title" text NOT NULL,
    "parent_code" varchar(64),
    "indicator_code" varchar(64),
    "sort_order" integer NOT NULL,
    CONSTRAINT "FK_plan_section_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_plan_section_indicator" FOREIGN KEY ("indicator_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE UNIQUE INDEX "UQ_plan_section_plan_code" ON "plan_section" ("plan_id", "code")`,
  `CREATE TABLE "task" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "plan_id" integer NOT NULL,
    "parent_id" integer,
    "code" varchar(64) NOT NULL,
    "kind" varchar(16) NOT NULL,
    "section_code" varchar(64),
    "title" text NOT NULL,
    "body" text NOT NULL,
    "indicator_code" varchar(64),
    "status" varchar(32) NOT NULL DEFAULT ('not_started'),
    "deadline_kind" varchar(16) NOT NULL,
    "deadline_date" varchar(10),
    "deadline_phase" varchar(64),
    "deadline_printed" text,
    "attribution" text,
    "sort_order" integer NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    "created_at" datetime NOT NULL DEFAULT (datetime('now')),
    "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT "CHK_task_deadline_kind" CHECK ("deadline_kind" IN ('none', 'date', 'milestone', 'ongoing', 'phase')),
    CONSTRAINT "CHK_task_status" CHECK ("status" IN ('not_started', 'in_progress', 'done_pending_closure', 'closed', 'suspended')),
    CONSTRAINT "CHK_task_kind" CHECK ("kind" IN ('key_reform', 'task', 'sub_item', 'bundle', 'bundle_item')),
    CONSTRAINT "FK_task_plan" FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_parent" FOREIGN KEY ("parent_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_indicator" FOREIGN KEY ("indicator_code") REFERENCES "indicator" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_task_parent_id" ON "task" ("parent_id")`,
  `CREATE INDEX "IDX_task_indicator_code" ON "task" ("indicator_code")`,
  `CREATE INDEX "IDX_task_deadline_date" ON "task" ("deadline_date")`,
  `CREATE INDEX "IDX_task_plan_parent" ON "task" ("plan_id", "parent_id")`,
  `CREATE UNIQUE INDEX "UQ_task_plan_code" ON "task" ("plan_id", "code")`,
  `CREATE TABLE "target" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" integer NOT NULL,
    "metric" text NOT NULL,
    "comparator" varchar(8) NOT NULL,
    "value" numeric NOT NULL,
    "unit" varchar(32) NOT NULL,
    "period" varchar(64),
    "baseline" numeric,
    "printed" text NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "CHK_target_comparator" CHECK ("comparator" IN ('lte', 'gte', 'eq')),
    CONSTRAINT "FK_target_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_target_task_id" ON "target" ("task_id")`,
  `CREATE TABLE "task_department" (
    "task_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "role" varchar(8) NOT NULL,
    "sort_order" integer NOT NULL,
    CONSTRAINT "CHK_task_department_role" CHECK ("role" IN ('lead', 'support')),
    CONSTRAINT "FK_task_department_task" FOREIGN KEY ("task_id") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_task_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    PRIMARY KEY ("task_id", "department_id", "role")
  )`,
  `CREATE INDEX "IDX_task_department_department_task" ON "task_department" ("department_id", "task_id")`,
];
