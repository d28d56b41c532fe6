import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AppMode,
  type DatabaseConfig,
  type LogLevel,
  APP_MODES,
  ConfigError,
  LOG_LEVELS,
} from './app-config.js';

/**
 * The repository root: this file sits at apps/api/{src,dist}/config/, so both the sources
 * (tests) and the build resolve the same root.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** One environment variable: its default, what it means, and how its text becomes a value. */
export interface ConfigVariable<T> {
  name: string;
  description: string;
  defaultValue: string;
  parse(raw: string): T;
}

function invalid(name: string, raw: string, expected: string): ConfigError {
  return new ConfigError(`${name}="${raw}" 无效：${expected}`);
}

// Relative paths resolve against the current directory, like any command-line path.
const toAbsolutePath = (raw: string): string => path.resolve(raw);

export const DATABASE_URL: ConfigVariable<DatabaseConfig> = {
  name: 'DATABASE_URL',
  description:
    '数据库地址：sqlite:<文件路径>（嵌入式 SQLite 文件）或 postgres://用户@主机:端口/库名（PostgreSQL）',
  defaultValue: `sqlite:${path.join(REPO_ROOT, 'data', 'bizenv.sqlite')}`,
  parse(raw) {
    if (raw.startsWith('sqlite:')) {
      const file = raw.slice('sqlite:'.length);
      // WAL mode, which reliability needs, exists only for database files.
      if (file === '' || file === ':memory:') {
        throw invalid(this.name, raw, '需要 SQLite 文件路径，例如 sqlite:data/bizenv.sqlite');
      }
      return { kind: 'sqlite', path: toAbsolutePath(file) };
    }
    if (/^postgres(ql)?:\/\//.test(raw)) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw invalid(this.name, raw, 'PostgreSQL 地址格式不正确');
      }
      if (url.hostname === '' || url.pathname.length <= 1) {
        throw invalid(
          this.name,
          raw,
          'PostgreSQL 地址须包含主机和库名，例如 postgres://postgres@127.0.0.1:5432/bizenv',
        );
      }
      return { kind: 'postgres', url: raw };
    }
    throw invalid(this.name, raw, '须以 sqlite: 或 postgres:// 开头');
  },
};

export const PORT: ConfigVariable<number> = {
  name: 'PORT',
  description: 'HTTP 端口（API 与网页共用）；0 表示由系统分配',
  defaultValue: '3000',
  parse(raw) {
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65535) throw invalid(this.name, raw, '须为 0–65535 的整数');
    return port;
  },
};

export const HOST: ConfigVariable<string> = {
  name: 'HOST',
  description: '监听的网络地址；0.0.0.0 表示所有网卡，127.0.0.1 表示仅本机',
  defaultValue: '0.0.0.0',
  parse(raw) {
    if (raw.trim() === '' || /\s/.test(raw)) throw invalid(this.name, raw, '须为主机名或 IP 地址');
    return raw;
  },
};

export const SEEDS_DIR: ConfigVariable<string> = {
  name: 'SEEDS_DIR',
  description: '种子数据目录（catalog.json 与 plans/*.json），空数据库首次启动时导入',
  defaultValue: path.join(REPO_ROOT, 'seeds'),
  parse: toAbsolutePath,
};

export const WEB_DIST_DIR: ConfigVariable<string> = {
  name: 'WEB_DIST_DIR',
  description: '网页构建目录；存在时由同一端口在 / 提供',
  defaultValue: path.join(REPO_ROOT, 'apps', 'web', 'dist'),
  parse: toAbsolutePath,
};

export const LOG_LEVEL: ConfigVariable<LogLevel> = {
  name: 'LOG_LEVEL',
  description: `日志级别：${LOG_LEVELS.join(' | ')}`,
  defaultValue: 'info',
  parse(raw) {
    const level = LOG_LEVELS.find((candidate) => candidate === raw);
    if (!level) throw invalid(this.name, raw, `须为 ${LOG_LEVELS.join('、')} 之一`);
    return level;
  },
};

export const APP_MODE: ConfigVariable<AppMode> = {
  name: 'APP_MODE',
  description: '运行模式：demo（演示，自动创建演示账号）| production（生产，不创建任何账号）',
  defaultValue: 'demo',
  parse(raw) {
    const mode = APP_MODES.find((candidate) => candidate === raw);
    if (!mode) throw invalid(this.name, raw, `须为 ${APP_MODES.join('、')} 之一`);
    return mode;
  },
};

export const DEMO_HISTORY: ConfigVariable<boolean> = {
  name: 'DEMO_HISTORY',
  description:
    '演示模式下，首次启动时是否生成带【演示数据】标记的历史月报、状态变化、问题和督办：true | false（生产模式从不生成）',
  defaultValue: 'true',
  parse(raw) {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    throw invalid(this.name, raw, '须为 true 或 false');
  },
};

function positiveInteger(name: string, raw: string, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    throw invalid(name, raw, `须为 1–${max} 的整数`);
  }
  return value;
}

export const SESSION_IDLE_MINUTES: ConfigVariable<number> = {
  name: 'SESSION_IDLE_MINUTES',
  description: '登录会话空闲多少分钟后失效',
  defaultValue: '30',
  parse(raw) {
    return positiveInteger(this.name, raw, 24 * 60);
  },
};

export const SESSION_ABSOLUTE_HOURS: ConfigVariable<number> = {
  name: 'SESSION_ABSOLUTE_HOURS',
  description: '登录后最长多少小时必须重新登录（无论是否活跃）',
  defaultValue: '12',
  parse(raw) {
    return positiveInteger(this.name, raw, 24 * 30);
  },
};

/**
 * Its default depends on APP_MODE (false in demo, which runs on plain http://localhost; true in
 * production, behind HTTPS): `defaultValue` is the demo one, loadConfig picks per mode.
 */
export const COOKIE_SECURE: ConfigVariable<boolean> = {
  name: 'COOKIE_SECURE',
  description:
    '登录 Cookie 是否仅通过 HTTPS 发送：true | false（默认：演示模式 false，生产模式 true）',
  defaultValue: 'false',
  parse(raw) {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    throw invalid(this.name, raw, '须为 true 或 false');
  },
};

export const DATA_DIR: ConfigVariable<string> = {
  name: 'DATA_DIR',
  description: '数据目录：上传的佐证材料保存在其下的 attachments/ 中（须可写，应纳入备份）',
  defaultValue: path.join(REPO_ROOT, 'data'),
  parse: toAbsolutePath,
};

export const MAX_UPLOAD_MB: ConfigVariable<number> = {
  name: 'MAX_UPLOAD_MB',
  description: '单个佐证材料文件的大小上限（MB，1–200）',
  defaultValue: '20',
  parse(raw) {
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 1 || value > 200)
      throw invalid(this.name, raw, '须为 1–200 的整数');
    return value;
  },
};

export const SCHEDULER_INTERVAL_MINUTES: ConfigVariable<number> = {
  name: 'SCHEDULER_INTERVAL_MINUTES',
  description:
    '定时检查（逾期督办草稿、月报与任务到期提醒）的间隔分钟数；启动时先检查一次；0 表示不运行',
  defaultValue: '15',
  parse(raw) {
    const minutes = Number(raw);
    if (!/^\d+$/.test(raw) || minutes > 24 * 60)
      throw invalid(this.name, raw, '须为 0–1440 的整数');
    return minutes;
  },
};

/** Every variable the API reads, for documentation and for `loadConfig`. */
export const CONFIG_VARIABLES = [
  DATABASE_URL,
  PORT,
  HOST,
  SEEDS_DIR,
  WEB_DIST_DIR,
  LOG_LEVEL,
  APP_MODE,
  DEMO_HISTORY,
  SESSION_IDLE_MINUTES,
  SESSION_ABSOLUTE_HOURS,
  COOKIE_SECURE,
  DATA_DIR,
  MAX_UPLOAD_MB,
  SCHEDULER_INTERVAL_MINUTES,
] as const;
