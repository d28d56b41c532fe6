import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboards: covering indexes for the "as of a date" queries (docs/dashboards.md) and the link
 * from a leader's user account to the leader (包抓领导) it is, so the leader view can put the
 * leader's own indicators first.
 *
 * `app_user.leader_id` carries no foreign key: SQLite cannot add one to an existing table
 * without rebuilding app_user, which a dozen tables reference. The application sets it only to
 * a leader of the account's own jurisdiction (demo seeding), and readers join it as optional.
 */
export class Dashboards1764100000000 implements MigrationInterface {
  name = 'Dashboards1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    await queryRunner.query(
      postgres
        ? `ALTER TABLE "app_user" ADD "leader_id" integer`
        : `ALTER TABLE "app_user" ADD COLUMN "leader_id" integer`,
    );
    // Existing leader accounts named like a leader of their jurisdiction are that leader.
    await queryRunner.query(
      `UPDATE "app_user" SET "leader_id" = (SELECT "l"."id" FROM "leader" "l" WHERE "l"."jurisdiction_code" = "app_user"."jurisdiction_code" AND "l"."name" = "app_user"."display_name") WHERE "role" = 'leader'`,
    );
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of INDEX_NAMES) await queryRunner.query(`DROP INDEX "${name}"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "leader_id"`);
  }
}

const INDEXES = [
  `CREATE INDEX "IDX_app_user_leader_id" ON "app_user" ("leader_id")`,
  // Status of a task at a date and its first completion, read from its history.
  `CREATE INDEX "IDX_task_event_status_history" ON "task_event" ("task_id", "type", "occurred_at", "from_status", "to_status")`,
  // Latest lead report of a task (completion) up to a date.
  `CREATE INDEX "IDX_progress_report_task_role_period" ON "progress_report" ("task_id", "role", "period", "status", "first_submitted_at", "completion_percent")`,
  // One period's reports of a task, by department (submission, lateness, completion; covering).
  `CREATE INDEX "IDX_progress_report_task_period_department" ON "progress_report" ("task_id", "period", "department_id", "status", "first_submitted_at", "completion_percent")`,
  // Actuals of a target, newest report first.
  `CREATE INDEX "IDX_report_target_actual_target" ON "report_target_actual" ("target_id", "report_id", "value")`,
  // Open notices / problems at a date, from their histories.
  `CREATE INDEX "IDX_notice_event_notice_action" ON "notice_event" ("notice_id", "action", "occurred_at")`,
  `CREATE INDEX "IDX_problem_event_problem_action" ON "problem_event" ("problem_id", "action", "occurred_at")`,
];

const INDEX_NAMES = INDEXES.map((statement) => /INDEX "([^"]+)"/.exec(statement)![1]!);
