import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Plan import drafts: an uploaded plan document under review before it is committed. */
export class PlanImportDrafts1764700000000 implements MigrationInterface {
  name = 'PlanImportDrafts1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements =
      queryRunner.connection.driver.options.type === 'postgres' ? POSTGRES : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "plan_import_draft"`);
  }
}

const POSTGRES = [
  `CREATE TABLE "plan_import_draft" (
    "id" SERIAL NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "file_name" character varying(255),
    "source_text" text NOT NULL,
    "content" text NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    "created_by" integer NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT "PK_plan_import_draft" PRIMARY KEY ("id"),
    CONSTRAINT "FK_plan_import_draft_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_plan_import_draft_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_plan_import_draft_jurisdiction_code" ON "plan_import_draft" ("jurisdiction_code")`,
];

const SQLITE = [
  `CREATE TABLE "plan_import_draft" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "file_name" varchar(255),
    "source_text" text NOT NULL,
    "content" text NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    "created_by" integer NOT NULL,
    "created_at" datetime NOT NULL DEFAULT (datetime('now')),
    "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT "FK_plan_import_draft_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_plan_import_draft_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
  )`,
  `CREATE INDEX "IDX_plan_import_draft_jurisdiction_code" ON "plan_import_draft" ("jurisdiction_code")`,
];
