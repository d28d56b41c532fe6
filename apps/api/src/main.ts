import { createApp } from './app.js';
import { ConfigError } from './config/app-config.js';
import { loadConfig } from './config/load-config.js';

const ANY_INTERFACE = new Set(['0.0.0.0', '::', '']);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = ANY_INTERFACE.has(config.host) ? 'localhost' : config.host;
  console.log(
    `营商环境改革督办系统已启动：http://${host.includes(':') ? `[${host}]` : host}:${port}`,
  );
}

main().catch((error: unknown) => {
  // One line for the operator; with LOG_LEVEL=debug also the stack of an unexpected failure.
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? `配置错误：${message}` : `启动失败：${message}`);
  if (
    !(error instanceof ConfigError) &&
    error instanceof Error &&
    process.env.LOG_LEVEL === 'debug'
  ) {
    console.error(error.stack);
  }
  process.exit(1);
});
