import { createInterface } from 'node:readline';
import { CreateAdminError, runCreateAdmin } from './create-admin.command.js';

/** Asks for the password without echoing it (the terminal shows nothing while typing). */
function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(
      new CreateAdminError('请通过环境变量 ADMIN_PASSWORD 提供密码（当前不是交互终端）'),
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      // Swallow the echo of what is typed; readline still reads it.
      const output = rl as unknown as { _writeToOutput: (text: string) => void };
      output._writeToOutput = () => undefined;
      rl.question('', (answer) => {
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  return (async () => {
    try {
      const password = await ask('密码（至少 10 位，含大写、小写、数字、符号中的三类）：');
      if ((await ask('再次输入密码：')) !== password)
        throw new CreateAdminError('两次输入的密码不一致');
      return password;
    } finally {
      rl.close();
    }
  })();
}

// Entry point of `npm run create-admin` (built to dist/cli/create-admin.js).
runCreateAdmin(process.argv.slice(2), process.env, promptPassword).then(
  (summary) => console.log(summary),
  (error: unknown) => {
    console.error(
      error instanceof CreateAdminError
        ? error.message
        : `创建账号失败：${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
