import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboards, speed (docs/dashboards.md, "Statement timings"): covering indexes for the
 * statements that still read table rows.
 *
 * - A task's status at a date now reads every status-carrying event (`to_status` set, any
 *   type), not only `status_changed`, so the (task, type, …) index of 1764100000000 no longer
 *   fits; (task, occurred_at, id, to_status, from_status) answers "last one before / first one
 *   after the cut" in index order, without the table.
 * - The target trend joins each report's actuals by report: (report, target, value) covers it
 *   (the primary key has no value).
 */
export class DashboardSpeed1764100100000 implements MigrationInterface {
  name = 'DashboardSpeed1764100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_task_event_status_history"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_task_event_status_at" ON "task_event" ("task_id", "occurred_at", "id", "to_status", "from_status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_report_target_actual_report_value" ON "report_target_actual" ("report_id", "target_id", "value")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_report_target_actual_report_value"`);
    await queryRunner.query(`DROP INDEX "IDX_task_event_status_at"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_task_event_status_history" ON "task_event" ("task_id", "type", "occurred_at", "from_status", "to_status")`,
    );
  }
}
