import { loadConfig } from '../config/load-config.js';
import { createDataSource } from './data-source.js';

/**
 * Entry point for the TypeORM CLI only (build first, then e.g.
 * `npx typeorm migration:show -d dist/database/cli-data-source.js`). It reads DATABASE_URL
 * like the app does. The app never imports this file: a bad environment must fail in main.ts
 * with one clear line, not at import time.
 */
export default createDataSource(loadConfig(process.env).database);
