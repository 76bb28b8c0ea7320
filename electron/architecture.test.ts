// Keeps the dependency direction of DESIGN.md: renderer → (types of) core ← hosts.
// The pure core never loads Electron or UI code; the UI loads no Node, Electron or database
// code, and from the core at run time only the few pure helpers listed here.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './core/test-support/samples';

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function imports(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    out.push({ file: path.relative(repoRoot, file), spec: m[3]!, typeOnly: !!m[2] });
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push({ file: path.relative(repoRoot, file), spec: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ file: path.relative(repoRoot, file), spec: m[1]!, typeOnly: false });
  return out;
}

function resolved(i: Import): string {
  return i.spec.startsWith('.') ? path.relative(repoRoot, path.resolve(repoRoot, path.dirname(i.file), i.spec)) : i.spec;
}

const RENDERER_MAY_RUN = new Set(['electron/core/text/codepoints', 'electron/core/methods', 'electron/core/fields', 'electron/core/exchange/describe']);

describe('architecture', () => {
  it('the core never loads Electron, the hosts or the UI', () => {
    const bad = sources(path.join(repoRoot, 'electron/core'))
      .flatMap(imports)
      .filter((i) => !i.typeOnly)
      .filter((i) => i.spec === 'electron' || /^react/.test(i.spec) || /^@tiptap/.test(i.spec) || /^(electron\/(ipc|main|preload|web-host|menu)|renderer\/)/.test(resolved(i)));
    expect(bad).toEqual([]);
  });

  it('the UI loads no Node, Electron or database code, and only pure helpers from the core', () => {
    const found = sources(path.join(repoRoot, 'renderer/src')).flatMap(imports);
    expect(found.length).toBeGreaterThan(20);
    const bad = found.filter((i) => {
      if (/^(node:|fs$|path$|electron$|better-sqlite3$)/.test(i.spec)) return true;
      const target = resolved(i);
      return target.startsWith('electron/') && !i.typeOnly && !RENDERER_MAY_RUN.has(target);
    });
    expect(bad).toEqual([]);
  });

  it('only ipc.ts talks to ipcMain', () => {
    const users = sources(path.join(repoRoot, 'electron')).filter((f) => /\bipcMain\b/.test(fs.readFileSync(f, 'utf8')));
    expect(users.map((f) => path.relative(repoRoot, f))).toEqual(['electron/ipc.ts']);
  });
});
