import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Security, part one (issue 6):
 * - the audit log becomes a chain: each row stores `chain_hmac` (HMAC-SM3 over the previous
 *   row's value and its own columns) and the `key_id` that signed it; `audit_chain` holds the
 *   chain head (one row), `audit_log_purged` keeps the signed values of purged rows so the chain
 *   stays verifiable after a purge. Rows already present (id <= genesis_id) predate the chain;
 * - the retention floor of the DELETE trigger goes from 180 to 183 days;
 * - users get an SM4-encrypted personal phone number (`phone_encrypted`).
 * See docs/audit.md and docs/security.md.
 */
export class Security1764500000000 implements MigrationInterface {
  name = 'Security1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    for (const statement of postgres ? POSTGRES_UP : SQLITE_UP) await queryRunner.query(statement);
    await queryRunner.query(
      `INSERT INTO "audit_chain" ("id", "genesis_id", "head_id", "head_hmac") SELECT 1, coalesce(max("id"), 0), coalesce(max("id"), 0), '' FROM "audit_log"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    for (const statement of postgres ? POSTGRES_DOWN : SQLITE_DOWN) {
      await queryRunner.query(statement);
    }
  }
}

const retentionFunction = (
  days: number,
) => `CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF OLD."occurred_at" < now() - interval '${days} days' THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'audit_log rows younger than ${days} days cannot be deleted';
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
  END
  $$`;

const sqliteRetentionTrigger = (days: number) => [
  `DROP TRIGGER "TRG_audit_log_retention_delete"`,
  `CREATE TRIGGER "TRG_audit_log_retention_delete" BEFORE DELETE ON "audit_log"
  WHEN coalesce(julianday(OLD."occurred_at") >= julianday('now', '-${days} days'), 1)
  BEGIN
    SELECT RAISE(ABORT, 'audit_log rows younger than ${days} days cannot be deleted');
  END`,
];

const POSTGRES_UP = [
  `ALTER TABLE "audit_log" ADD "chain_hmac" character varying(64)`,
  `ALTER TABLE "audit_log" ADD "key_id" character varying(16)`,
  `CREATE TABLE "audit_chain" (
    "id" integer NOT NULL,
    "genesis_id" integer NOT NULL,
    "head_id" integer NOT NULL,
    "head_hmac" character varying(64) NOT NULL,
    CONSTRAINT "PK_audit_chain" PRIMARY KEY ("id")
  )`,
  `CREATE TABLE "audit_log_purged" (
    "id" integer NOT NULL,
    "occurred_at" character varying(24) NOT NULL,
    "chain_hmac" character varying(64) NOT NULL,
    "key_id" character varying(16) NOT NULL,
    "tombstone_hmac" character varying(64) NOT NULL,
    CONSTRAINT "PK_audit_log_purged" PRIMARY KEY ("id")
  )`,
  retentionFunction(183),
  `ALTER TABLE "app_user" ADD "phone_encrypted" character varying(255)`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "app_user" DROP COLUMN "phone_encrypted"`,
  retentionFunction(180),
  `DROP TABLE "audit_log_purged"`,
  `DROP TABLE "audit_chain"`,
  `ALTER TABLE "audit_log" DROP COLUMN "key_id"`,
  `ALTER TABLE "audit_log" DROP COLUMN "chain_hmac"`,
];

const SQLITE_UP = [
  `ALTER TABLE "audit_log" ADD COLUMN "chain_hmac" varchar(64)`,
  `ALTER TABLE "audit_log" ADD COLUMN "key_id" varchar(16)`,
  `CREATE TABLE "audit_chain" (
    "id" integer PRIMARY KEY NOT NULL,
    "genesis_id" integer NOT NULL,
    "head_id" integer NOT NULL,
    "head_hmac" varchar(64) NOT NULL
  )`,
  `CREATE TABLE "audit_log_purged" (
    "id" integer PRIMARY KEY NOT NULL,
    "occurred_at" varchar(24) NOT NULL,
    "chain_hmac" varchar(64) NOT NULL,
    "key_id" varchar(16) NOT NULL,
    "tombstone_hmac" varchar(64) NOT NULL
  )`,
  ...sqliteRetentionTrigger(183),
  `ALTER TABLE "app_user" ADD COLUMN "phone_encrypted" varchar(255)`,
];

const SQLITE_DOWN = [
  `ALTER TABLE "app_user" DROP COLUMN "phone_encrypted"`,
  ...sqliteRetentionTrigger(180),
  `DROP TABLE "audit_log_purged"`,
  `DROP TABLE "audit_chain"`,
  // DROP COLUMN is refused while a trigger references the table only when the trigger names the
  // column; ours do not.
  `ALTER TABLE "audit_log" DROP COLUMN "key_id"`,
  `ALTER TABLE "audit_log" DROP COLUMN "chain_hmac"`,
];
