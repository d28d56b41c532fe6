import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full)] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map(
    (match) => match[1]!,
  );
}

const files = sourceFiles();

describe('architecture', () => {
  it('lets only entities, repositories, modules and database/ touch TypeORM', () => {
    const mayUseTypeorm = /(\.entity|\.repository|\.module)\.ts$|^database\//;
    const offenders = files.filter(
      (file) =>
        !mayUseTypeorm.test(file) &&
        importsOf(file).some((source) => /^(typeorm|@nestjs\/typeorm)(\/|$)/.test(source)),
    );

    expect(files.length).toBeGreaterThan(40);
    expect(offenders).toEqual([]);
  });

  it('opens transactions only through TransactionRunner (the SQLite queue)', () => {
    const offenders = files.filter(
      (file) =>
        file !== path.join('database', 'transaction-runner.ts') &&
        /\.transaction\(/.test(readFileSync(path.join(SRC, file), 'utf8')),
    );

    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(
      files.map((file) => [
        file,
        importsOf(file)
          .filter((source) => source.startsWith('.'))
          .map((source) =>
            path.normalize(path.join(path.dirname(file), source)).replace(/\.js$/, '.ts'),
          ),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);

    expect(cycles).toEqual([]);
  });
});
