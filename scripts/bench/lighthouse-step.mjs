// Runs scripts/bench/lighthouse.mjs (the web team's Lighthouse run) against the API the bench
// started, signed in as a county leader, for the dashboard page. Never fails the bench: a
// missing script or a failed run is reported in the document instead.
import process from 'node:process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./lighthouse.mjs', import.meta.url));

export async function runLighthouse({ baseUrl, username, password, pathname }) {
  if (!fs.existsSync(SCRIPT)) return { error: 'not run (scripts/bench/lighthouse.mjs is missing)' };
  const args = [
    SCRIPT,
    '--url',
    baseUrl,
    '--username',
    username,
    '--password',
    password,
    '--path',
    pathname,
    '--json',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    const result = JSON.parse(line);
    if (typeof result.score === 'number') return result;
  } catch {
    // not JSON: reported below
  }
  return {
    error: `failed (exit ${code}): ${(stderr || stdout).trim().slice(-300).replace(/\n/g, ' ')}`,
  };
}
