import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/app-config.js';
import { loadConfig } from '../../src/config/load-config.js';

describe('upload configuration', () => {
  it('reads DATA_DIR as a path and MAX_UPLOAD_MB as whole megabytes from 1 to 200', () => {
    const config = loadConfig({ DATA_DIR: 'var/bizenv', MAX_UPLOAD_MB: '50' });
    expect(config.dataDir).toBe(path.resolve('var/bizenv'));
    expect(config.maxUploadMb).toBe(50);

    for (const bad of ['0', '201', '2.5', 'twenty']) {
      expect(() => loadConfig({ MAX_UPLOAD_MB: bad }), bad).toThrow(ConfigError);
    }
    expect(() => loadConfig({ MAX_UPLOAD_MB: '0' })).toThrow(/MAX_UPLOAD_MB="0".*1–200/);
  });
});
