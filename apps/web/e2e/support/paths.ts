import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const API_MAIN = fileURLToPath(new URL('../../../api/dist/main.js', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));
/** Screenshots for a human look; not compared by the test. */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/bizenv-e2e';
