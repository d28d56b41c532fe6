import { runAuditPurge } from './audit-purge.command.js';

// Entry point of `npm run audit:purge` (built to dist/cli/audit-purge.js).
runAuditPurge(process.argv.slice(2), process.env).then(
  (summary) => console.log(summary),
  (error: unknown) => {
    console.error(`审计日志清理失败：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
