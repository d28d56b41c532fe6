import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log (audit_log), append-only in the database itself.
 *
 * Table and indexes generated from AuditLogEntity on each database and tidied like the initial
 * schema (foreign keys inside CREATE TABLE). The triggers are hand-written: TypeORM's schema
 * builder does not know triggers, so the migration test cannot see them; test/audit checks them.
 * - UPDATE is refused, always;
 * - DELETE is refused for rows younger than 180 days (AUDIT_RETENTION_DAYS in libs/shared: keep
 *   them equal), so the retention purge (`npm run audit:purge`) is the only delete that works;
 * - TRUNCATE (PostgreSQL; it skips row triggers) is refused.
 * The age is measured with the database's own clock. A superuser can still drop a trigger: the
 * triggers stop application bugs and casual edits, not the database's administrator.
 */
export class AuditLog1764000100000 implements MigrationInterface {
  name = 'AuditLog1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements =
      queryRunner.connection.driver.options.type === 'postgres' ? POSTGRES : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the table drops its triggers (not the PostgreSQL function).
    await queryRunner.query(`DROP TABLE "audit_log"`);
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    }
  }
}

const CHECKS = `CONSTRAINT "CHK_audit_log_actor_role" CHECK ("actor_role" IN ('office', 'leader', 'department', 'city_viewer', 'system_admin')),
    CONSTRAINT "CHK_audit_log_outcome" CHECK ("outcome" IN ('success', 'failure'))`;

const FOREIGN_KEYS = `CONSTRAINT "FK_audit_log_actor_user" FOREIGN KEY ("actor_user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "FK_audit_log_jurisdiction" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdiction" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION`;

const INDEXES = [
  `CREATE INDEX "IDX_audit_log_occurred_at" ON "audit_log" ("occurred_at")`,
  `CREATE INDEX "IDX_audit_log_jurisdiction_occurred_at" ON "audit_log" ("jurisdiction_code", "occurred_at")`,
  `CREATE INDEX "IDX_audit_log_actor_username_occurred_at" ON "audit_log" ("actor_username", "occurred_at")`,
  `CREATE INDEX "IDX_audit_log_target" ON "audit_log" ("target_type", "target_id")`,
];

const POSTGRES = [
  `CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "actor_user_id" integer,
    "actor_username" character varying(64) NOT NULL,
    "actor_role" character varying(16),
    "jurisdiction_code" character varying(6),
    "ip" character varying(64),
    "request_id" character varying(64),
    "action" character varying(64) NOT NULL,
    "target_type" character varying(64) NOT NULL,
    "target_id" character varying(128),
    "outcome" character varying(8) NOT NULL,
    "before_json" text,
    "after_json" text,
    ${CHECKS},
    CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"),
    ${FOREIGN_KEYS}
  )`,
  ...INDEXES,
  `CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF OLD."occurred_at" < now() - interval '180 days' THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'audit_log rows younger than 180 days cannot be deleted';
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
  END
  $$`,
  `CREATE TRIGGER "TRG_audit_log_no_update" BEFORE UPDATE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
  `CREATE TRIGGER "TRG_audit_log_retention_delete" BEFORE DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
  `CREATE TRIGGER "TRG_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
];

const SQLITE = [
  `CREATE TABLE "audit_log" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" datetime NOT NULL DEFAULT (datetime('now')),
    "actor_user_id" integer,
    "actor_username" varchar(64) NOT NULL,
    "actor_role" varchar(16),
    "jurisdiction_code" varchar(6),
    "ip" varchar(64),
    "request_id" varchar(64),
    "action" varchar(64) NOT NULL,
    "target_type" varchar(64) NOT NULL,
    "target_id" varchar(128),
    "outcome" varchar(8) NOT NULL,
    "before_json" text,
    "after_json" text,
    ${CHECKS},
    ${FOREIGN_KEYS}
  )`,
  ...INDEXES,
  `CREATE TRIGGER "TRG_audit_log_no_update" BEFORE UPDATE ON "audit_log"
  BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
  END`,
  // julianday() reads every time format SQLite knows; an unreadable value (NULL) is refused too.
  `CREATE TRIGGER "TRG_audit_log_retention_delete" BEFORE DELETE ON "audit_log"
  WHEN coalesce(julianday(OLD."occurred_at") >= julianday('now', '-180 days'), 1)
  BEGIN
    SELECT RAISE(ABORT, 'audit_log rows younger than 180 days cannot be deleted');
  END`,
];
