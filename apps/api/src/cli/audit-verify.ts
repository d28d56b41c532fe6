import { runAuditVerify } from './audit-verify.command.js';

// Entry point of `npm run audit:verify` (built to dist/cli/audit-verify.js); exit 1 when broken.
runAuditVerify(process.env).then(
  (outcome) => {
    for (const line of outcome.lines) (outcome.ok ? console.log : console.error)(line);
    if (!outcome.ok) process.exitCode = 1;
  },
  (error: unknown) => {
    console.error(`审计链校验失败：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
