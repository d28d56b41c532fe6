import { runRotateKeys } from './rotate-keys.command.js';

// Entry point of `npm run rotate-keys` (built to dist/cli/rotate-keys.js).
runRotateKeys(process.env).then(
  (summary) => console.log(summary),
  (error: unknown) => {
    console.error(`密钥轮换失败：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
