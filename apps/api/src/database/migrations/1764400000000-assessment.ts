import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Year-end assessment (考核): the rules each jurisdiction's office saves per year
 * (assessment_rule_set, optimistic locking by `version`) and the published tables
 * (assessment_publication: the full table and the rules used as JSON, by whom and when).
 */
export class Assessment1764400000000 implements MigrationInterface {
  name = 'Assessment1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    for (const statement of postgres ? POSTGRES : SQLITE) await queryRunner.query(statement);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_assessment_publication_version" ON "assessment_publication" ("jurisdiction_code", "year", "publication_version")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assessment_publication"`);
    await queryRunner.query(`DROP TABLE "assessment_rule_set"`);
  }
}

const YEAR_CHECK = `CONSTRAINT "CHK_assessment_rule_set_year" CHECK ("year" >= 2000 AND "year" <= 2100)`;

const FOREIGN_KEYS = {
  ruleSet: `CONSTRAINT "FK_assessment_rule_set_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_assessment_rule_set_updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  publication: `CONSTRAINT "FK_assessment_publication_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_assessment_publication_published_by" FOREIGN KEY ("published_by") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
};

const POSTGRES = [
  `CREATE TABLE "assessment_rule_set" (
    "jurisdiction_code" character varying(6) NOT NULL,
    "year" integer NOT NULL,
    "rules_json" text NOT NULL,
    "updated_by" integer,
    "updated_at" character varying(24) NOT NULL,
    "version" integer NOT NULL DEFAULT '1',
    ${YEAR_CHECK},
    CONSTRAINT "PK_assessment_rule_set" PRIMARY KEY ("jurisdiction_code", "year"),
    ${FOREIGN_KEYS.ruleSet}
  )`,
  `CREATE TABLE "assessment_publication" (
    "id" SERIAL NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "year" integer NOT NULL,
    "publication_version" integer NOT NULL,
    "table_json" text NOT NULL,
    "department_count" integer NOT NULL,
    "published_by" integer NOT NULL,
    "published_at" character varying(24) NOT NULL,
    CONSTRAINT "PK_assessment_publication" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS.publication}
  )`,
];

const SQLITE = [
  `CREATE TABLE "assessment_rule_set" (
    "jurisdiction_code" varchar(6) NOT NULL,
    "year" integer NOT NULL,
    "rules_json" text NOT NULL,
    "updated_by" integer,
    "updated_at" varchar(24) NOT NULL,
    "version" integer NOT NULL DEFAULT (1),
    ${YEAR_CHECK},
    CONSTRAINT "PK_assessment_rule_set" PRIMARY KEY ("jurisdiction_code", "year"),
    ${FOREIGN_KEYS.ruleSet}
  )`,
  `CREATE TABLE "assessment_publication" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "year" integer NOT NULL,
    "publication_version" integer NOT NULL,
    "table_json" text NOT NULL,
    "department_count" integer NOT NULL,
    "published_by" integer NOT NULL,
    "published_at" varchar(24) NOT NULL,
    ${FOREIGN_KEYS.publication}
  )`,
];
