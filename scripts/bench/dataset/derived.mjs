// Rows that follow from the reports, computed by the database itself after the load (the same SQL
// on SQLite and PostgreSQL): a million review events and the target actuals would otherwise
// cross the driver value by value.

/** Tables these statements fill; their indexes are rebuilt after them. */
export const DERIVED_TABLES = ['report_event', 'report_target_actual'];

export const DERIVED_SQL = [
  // Every submitted report has its first submission; every accepted one its acceptance. (The
  // returned-and-resubmitted ones already have their two extra events.)
  `INSERT INTO "report_event" ("report_id", "kind", "actor_user_id", "reason", "occurred_at")
   SELECT "id", 'submitted', "created_by", NULL, "first_submitted_at" FROM "progress_report"
   WHERE "first_submitted_at" IS NOT NULL
   UNION ALL
   SELECT "id", 'accepted', "reviewed_by", NULL, "reviewed_at" FROM "progress_report"
   WHERE "status" = 'accepted'`,
  // A lead report gives an actual for each target of its task, moving from the baseline toward
  // the value it ends at with the task's completion: the value itself for 13 targets in 20
  // (they end met), 60% of the way for the others (they end missed).
  `INSERT INTO "report_target_actual" ("report_id", "target_id", "value", "unit")
   SELECT r."id", tg."id",
     ROUND(tg."baseline" + (CASE WHEN tg."id" % 20 < 13 THEN tg."value" - tg."baseline"
       ELSE (tg."value" - tg."baseline") * 0.6 END) * r."completion_percent" / 100, 2),
     tg."unit"
   FROM "progress_report" r JOIN "target" tg ON tg."task_id" = r."task_id"
   WHERE r."role" = 'lead' AND r."status" IN ('submitted', 'accepted')
     AND r."completion_percent" IS NOT NULL`,
];
