// The machine and versions a run happened on, recorded beside its figures.
import process from 'node:process';
import { URL } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';

function packageVersion(name) {
  try {
    const file = new URL(`../../../node_modules/${name}/package.json`, import.meta.url);
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

export function environment() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    betterSqlite3: packageVersion('better-sqlite3'),
    pg: packageVersion('pg'),
    typeorm: packageVersion('typeorm'),
    nest: packageVersion('@nestjs/core'),
    fastify: packageVersion('fastify'),
  };
}

/** Load average while measuring: the machine may be shared, and this says how busy it was. */
export function loadAverage() {
  return os.loadavg().map((value) => Number(value.toFixed(2)));
}
