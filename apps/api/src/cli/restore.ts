import { runRestore } from './restore.command.js';

// Entry point of `npm run restore` (built to dist/cli/restore.js).
runRestore(process.argv.slice(2), process.env).then(
  (summary) => console.log(summary),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
