import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulletins (通报): the bulletin with its stored .docx/.xlsx (keys, SHA-256, sizes) and the
 * figures it was built from, the departments it criticises (bulletin_department, read by the
 * year-end assessment), and the report-period locks publishing sets (report_period_lock, with
 * the unlock history).
 *
 * Generated from the entities on each database, foreign keys moved into CREATE TABLE.
 */
export class Bulletins1764300000000 implements MigrationInterface {
  name = 'Bulletins1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    for (const statement of postgres ? POSTGRES : SQLITE) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report_period_lock', 'bulletin_department', 'bulletin']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

const CHECKS = `CONSTRAINT "CHK_bulletin_status" CHECK ("status" IN ('draft', 'published')),
    CONSTRAINT "CHK_bulletin_period_kind" CHECK ("period_kind" IN ('month', 'quarter'))`;

const FOREIGN_KEYS = {
  bulletin: `CONSTRAINT "FK_bulletin_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_bulletin_generated_by" FOREIGN KEY ("generated_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_bulletin_published_by" FOREIGN KEY ("published_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  department: `CONSTRAINT "FK_bulletin_department_bulletin" FOREIGN KEY ("bulletin_id") REFERENCES "bulletin" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_bulletin_department_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  lock: `CONSTRAINT "FK_report_period_lock_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_report_period_lock_locked_by" FOREIGN KEY ("locked_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_report_period_lock_unlocked_by" FOREIGN KEY ("unlocked_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
};

const INDEXES = [
  `CREATE INDEX "IDX_bulletin_generated_by" ON "bulletin" ("generated_by")`,
  `CREATE INDEX "IDX_bulletin_published_by" ON "bulletin" ("published_by")`,
  `CREATE UNIQUE INDEX "UQ_bulletin_jurisdiction_period" ON "bulletin" ("jurisdiction_code", "period_kind", "period")`,
  `CREATE INDEX "IDX_bulletin_department_department_id" ON "bulletin_department" ("department_id")`,
  `CREATE INDEX "IDX_report_period_lock_bulletin_id" ON "report_period_lock" ("bulletin_id")`,
  `CREATE INDEX "IDX_report_period_lock_locked_by" ON "report_period_lock" ("locked_by")`,
  `CREATE INDEX "IDX_report_period_lock_unlocked_by" ON "report_period_lock" ("unlocked_by")`,
  `CREATE INDEX "IDX_report_period_lock_jurisdiction_period" ON "report_period_lock" ("jurisdiction_code", "period")`,
];

const POSTGRES = [
  `CREATE TABLE "bulletin" (
    "id" SERIAL NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "period_kind" character varying(8) NOT NULL,
    "period" character varying(7) NOT NULL,
    "status" character varying(16) NOT NULL,
    "title" character varying(200) NOT NULL,
    "figures_json" text NOT NULL,
    "generated_by" integer NOT NULL,
    "generated_at" character varying(24) NOT NULL,
    "published_by" integer,
    "published_at" character varying(24),
    "docx_storage_key" character varying(64) NOT NULL,
    "docx_sha256" character varying(64) NOT NULL,
    "docx_size" integer NOT NULL,
    "xlsx_storage_key" character varying(64) NOT NULL,
    "xlsx_sha256" character varying(64) NOT NULL,
    "xlsx_size" integer NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    ${CHECKS},
    CONSTRAINT "PK_bulletin" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS.bulletin}
  )`,
  `CREATE TABLE "bulletin_department" (
    "bulletin_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "reason" text NOT NULL,
    CONSTRAINT "PK_bulletin_department" PRIMARY KEY ("bulletin_id", "department_id"),
    ${FOREIGN_KEYS.department}
  )`,
  `CREATE TABLE "report_period_lock" (
    "id" SERIAL NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "period" character varying(7) NOT NULL,
    "bulletin_id" integer,
    "locked_by" integer NOT NULL,
    "locked_at" character varying(24) NOT NULL,
    "unlocked_by" integer,
    "unlocked_at" character varying(24),
    "unlock_reason" text,
    CONSTRAINT "PK_report_period_lock" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS.lock}
  )`,
];

const SQLITE = [
  `CREATE TABLE "bulletin" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "period_kind" varchar(8) NOT NULL,
    "period" varchar(7) NOT NULL,
    "status" varchar(16) NOT NULL,
    "title" varchar(200) NOT NULL,
    "figures_json" text NOT NULL,
    "generated_by" integer NOT NULL,
    "generated_at" varchar(24) NOT NULL,
    "published_by" integer,
    "published_at" varchar(24),
    "docx_storage_key" varchar(64) NOT NULL,
    "docx_sha256" varchar(64) NOT NULL,
    "docx_size" integer NOT NULL,
    "xlsx_storage_key" varchar(64) NOT NULL,
    "xlsx_sha256" varchar(64) NOT NULL,
    "xlsx_size" integer NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    ${CHECKS},
    ${FOREIGN_KEYS.bulletin}
  )`,
  `CREATE TABLE "bulletin_department" (
    "bulletin_id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "reason" text NOT NULL,
    ${FOREIGN_KEYS.department},
    PRIMARY KEY ("bulletin_id", "department_id")
  )`,
  `CREATE TABLE "report_period_lock" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "period" varchar(7) NOT NULL,
    "bulletin_id" integer,
    "locked_by" integer NOT NULL,
    "locked_at" varchar(24) NOT NULL,
    "unlocked_by" integer,
    "unlocked_at" varchar(24),
    "unlock_reason" text,
    ${FOREIGN_KEYS.lock}
  )`,
];
