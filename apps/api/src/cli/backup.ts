import { runBackup } from './backup.command.js';

// Entry point of `npm run backup` (built to dist/cli/backup.js).
runBackup(process.argv.slice(2), process.env).then(
  (summary) => console.log(summary),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
