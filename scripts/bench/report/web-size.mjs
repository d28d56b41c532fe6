// The web app's first-load JavaScript: the module scripts and modulepreloads of the built
// index.html and every chunk they import statically, each gzipped (what the browser downloads
// before the first page can render). Lazy routes (import()) are not counted.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import zlib from 'node:zlib';

const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist/', import.meta.url));

/** Static `import … from "./x.js"` and `import "./x.js"` of a built chunk (not `import(...)`). */
function staticImports(code) {
  const found = [];
  const pattern = /(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1]);
  // Vite's minified form: import{a as b}from"./chunk.js"
  for (const match of code.matchAll(/import\s*\{[^}]*\}\s*from\s*["']([^"']+\.js)["']/g)) {
    found.push(match[1]);
  }
  return found;
}

export function firstLoadJavaScript(distDir = WEB_DIST) {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const html = fs.readFileSync(indexFile, 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]);
  const seen = new Set();
  const queue = entries.map((src) => path.join(distDir, src.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const specifier of staticImports(code)) {
      queue.push(path.resolve(path.dirname(file), specifier));
    }
  }
  const files = [...seen].map((file) => {
    const content = fs.readFileSync(file);
    return {
      file: path.relative(distDir, file),
      bytes: content.length,
      gzipBytes: zlib.gzipSync(content).length,
    };
  });
  const allJs = fs
    .readdirSync(path.join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .reduce(
      (sum, name) =>
        sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, 'assets', name))).length,
      0,
    );
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    allChunksGzipBytes: allJs,
  };
}
