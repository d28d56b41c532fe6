import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: users (app_user) and their sessions (user_session).
 *
 * Generated from the entities on each database and tidied like the initial schema (foreign keys
 * inside CREATE TABLE). Instants the application decides (lockouts, session expiry, last login)
 * are fixed-width ISO-8601 UTC text, see database/instant-column.ts; created_at/updated_at of a
 * user are database timestamps like every other table's.
 */
export class Accounts1764000000000 implements MigrationInterface {
  name = 'Accounts1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements =
      queryRunner.connection.driver.options.type === 'postgres' ? POSTGRES : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}

const USER_CHECKS = `CONSTRAINT "CHK_app_user_department" CHECK (("role" = 'department' AND "department_id" IS NOT NULL) OR ("role" <> 'department' AND "department_id" IS NULL)),
    CONSTRAINT "CHK_app_user_role" CHECK ("role" IN ('office', 'leader', 'department', 'city_viewer', 'system_admin'))`;

const USER_FOREIGN_KEYS = `CONSTRAINT "FK_app_user_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_app_user_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`;

const SESSION_FOREIGN_KEY = `CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`;

const INDEXES = [
  `CREATE UNIQUE INDEX "UQ_app_user_username" ON "app_user" ("username")`,
  `CREATE INDEX "IDX_app_user_jurisdiction_code" ON "app_user" ("jurisdiction_code")`,
  `CREATE INDEX "IDX_app_user_department_id" ON "app_user" ("department_id")`,
];

const POSTGRES = [
  `CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" character varying(32) NOT NULL,
    "display_name" character varying(64) NOT NULL,
    "password_hash" character varying(255) NOT NULL,
    "role" character varying(16) NOT NULL,
    "jurisdiction_code" character varying(6) NOT NULL,
    "department_id" integer,
    "must_change_password" boolean NOT NULL DEFAULT false,
    "failed_login_count" integer NOT NULL DEFAULT '0',
    "locked_until" character varying(24),
    "disabled_at" character varying(24),
    "last_login_at" character varying(24),
    "version" integer NOT NULL DEFAULT '1',
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    ${USER_CHECKS},
    CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
    ${USER_FOREIGN_KEYS}
  )`,
  ...INDEXES,
  `CREATE TABLE "user_session" (
    "id" character varying(64) NOT NULL,
    "user_id" integer NOT NULL,
    "csrf_token" character varying(64) NOT NULL,
    "created_at" character varying(24) NOT NULL,
    "last_seen_at" character varying(24) NOT NULL,
    "absolute_expires_at" character varying(24) NOT NULL,
    "ip" character varying(64),
    "user_agent" character varying(512),
    CONSTRAINT "PK_user_session" PRIMARY KEY ("id"),
    ${SESSION_FOREIGN_KEY}
  )`,
  `CREATE INDEX "IDX_user_session_user_id" ON "user_session" ("user_id")`,
];

const SQLITE = [
  `CREATE TABLE "app_user" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" varchar(32) NOT NULL,
    "display_name" varchar(64) NOT NULL,
    "password_hash" varchar(255) NOT NULL,
    "role" varchar(16) NOT NULL,
    "jurisdiction_code" varchar(6) NOT NULL,
    "department_id" integer,
    "must_change_password" boolean NOT NULL DEFAULT (0),
    "failed_login_count" integer NOT NULL DEFAULT (0),
    "locked_until" varchar(24),
    "disabled_at" varchar(24),
    "last_login_at" varchar(24),
    "version" integer NOT NULL DEFAULT (1),
    "created_at" datetime NOT NULL DEFAULT (datetime('now')),
    "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
    ${USER_CHECKS},
    ${USER_FOREIGN_KEYS}
  )`,
  ...INDEXES,
  `CREATE TABLE "user_session" (
    "id" varchar(64) PRIMARY KEY NOT NULL,
    "user_id" integer NOT NULL,
    "csrf_token" varchar(64) NOT NULL,
    "created_at" varchar(24) NOT NULL,
    "last_seen_at" varchar(24) NOT NULL,
    "absolute_expires_at" varchar(24) NOT NULL,
    "ip" varchar(64),
    "user_agent" varchar(512),
    ${SESSION_FOREIGN_KEY}
  )`,
  `CREATE INDEX "IDX_user_session_user_id" ON "user_session" ("user_id")`,
];
