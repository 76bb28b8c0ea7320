// The arrows of DESIGN.md, enforced: no import cycles (type imports included, which ESLint's
// no-cycle does not see); inside the pure core each layer uses only the layers below it;
// the core never loads a host, Electron or the UI; the UI loads no Node, Electron or
// database code and from the core at run time only a few pure helpers; hosts stand on the
// core, not on each other; only app/ipc.ts talks to ipcMain.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './core/test-support/samples';

interface Import {
  from: string;
  to: string;
  spec: string;
  typeOnly: boolean;
}

function sources(dir: string, withTests = false): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' || e.name === 'node_modules' ? [] : sources(p, withTests);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') && (withTests || !/\.test\.tsx?$/.test(e.name)) ? [p] : [];
  });
}

const rel = (f: string) => path.relative(repoRoot, f).replace(/\\/g, '/');

/** A relative import as a repo path without extension (a folder means its index). */
function target(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.resolve(repoRoot, path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return rel(candidate).replace(/\.tsx?$/, '');
  }
  return rel(base);
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const from = rel(file);
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => out.push({ from, to: target(from, spec), spec, typeOnly });
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) add(m[2]!, !!m[1]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1]!, false);
  return out;
}

const all = [...sources(path.join(repoRoot, 'electron')), ...sources(path.join(repoRoot, 'renderer/src'))].flatMap(importsOf);
const node = (f: string) => f.replace(/\.tsx?$/, '');

/** Strongly connected components of more than one file (Tarjan). */
function cycles(edges: readonly Import[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const e of edges) if (e.to.startsWith('electron/') || e.to.startsWith('renderer/')) graph.set(node(e.from), [...(graph.get(node(e.from)) ?? []), e.to]);
  let n = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, n);
    low.set(v, n++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The core's layers, lowest first: a folder may use its own layer and those below. */
const LAYERS: string[][] = [['text'], ['domain', 'input'], ['anchoring', 'documents', 'agreement', 'facts', 'isolation'], ['store'], ['formats'], ['exchange'], ['api']];
const layerOf = (p: string) => {
  const folder = /^electron\/core\/([^/]+)\//.exec(p)?.[1];
  return folder === undefined ? -1 : LAYERS.findIndex((l) => l.includes(folder));
};

describe('architecture', () => {
  it('no import cycles, type imports included', () => {
    expect(cycles(all)).toEqual([]);
  });

  it('each folder of the core is in a layer, and uses only its own layer and those below', () => {
    const core = all.filter((i) => i.from.startsWith('electron/core/') && !i.from.startsWith('electron/core/test-support/'));
    const unplaced = [...new Set(core.map((i) => /^electron\/core\/([^/]+)\//.exec(i.from)?.[1]))].filter((f) => f && !LAYERS.flat().includes(f));
    expect(unplaced).toEqual([]);
    const upward = core.filter((i) => i.to.startsWith('electron/core/') && !i.to.startsWith('electron/core/test-support/') && layerOf(i.to) > layerOf(i.from));
    expect(upward.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('the core never loads Electron, the UI or a host', () => {
    const bad = all.filter((i) => i.from.startsWith('electron/core/') && !i.from.startsWith('electron/core/test-support/'))
      .filter((i) => /^(electron|react|react-dom|@tiptap\/.*)$/.test(i.spec) || /^(electron\/(app|web|cli|hosting|workers)|renderer)\//.test(i.to));
    expect(bad).toEqual([]);
  });

  it('the UI loads no Node, Electron, database or validation code, and only pure helpers from the core', () => {
    const ui = all.filter((i) => i.from.startsWith('renderer/'));
    expect(ui.length).toBeGreaterThan(20);
    const RUNS = new Set(['electron/core/api/methods', 'electron/core/api/commands', 'electron/core/domain/kinds', 'electron/core/text/codepoints', 'electron/core/exchange/describe']);
    const bad = ui.filter((i) => /^(node:.*|fs|path|electron|better-sqlite3|zod|fflate)$/.test(i.spec) || (i.to.startsWith('electron/') && !i.typeOnly && !RUNS.has(i.to)));
    expect(bad).toEqual([]);
  });

  it('hosts stand on the core, not on each other', () => {
    const rules: Array<[string, RegExp]> = [
      ['electron/web/', /^electron\/(app|cli|workers)\//],
      ['electron/cli/', /^electron\/(app|web|hosting|workers)\//],
      ['electron/app/', /^electron\/(web|cli|workers)\//],
      ['electron/hosting/', /^electron\/(app|web|cli|workers)\//],
    ];
    const bad = all.filter((i) => rules.some(([from, to]) => i.from.startsWith(from) && to.test(i.to)));
    expect(bad).toEqual([]);
  });

  it('only app/ipc.ts talks to ipcMain', () => {
    const users = sources(path.join(repoRoot, 'electron')).filter((f) => /\bipcMain\b/.test(fs.readFileSync(f, 'utf8')));
    expect(users.map(rel)).toEqual(['electron/app/ipc.ts']);
  });

  // A study's schema may be a stranger's: its SQL text is read in one place, store/schema.ts,
  // only to be compared with our own, and nothing else names the schema table (nothing can
  // take SQL from a file and run it). test-support builds hostile files on purpose.
  it('only store/schema.ts reads the schema table, and it runs none of what it reads', () => {
    const readers = sources(path.join(repoRoot, 'electron'))
      .filter((f) => !f.includes('test-support'))
      .filter((f) => /sqlite_(?:schema|master)/i.test(fs.readFileSync(f, 'utf8').replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '')));
    expect(readers.map(rel)).toEqual(['electron/core/store/schema.ts']);
    const schema = fs.readFileSync(path.join(repoRoot, 'electron/core/store/schema.ts'), 'utf8');
    expect(schema).not.toMatch(/\.(?:exec|prepare)\(\s*(?!['`])/); // only literal SQL of our own
  });

  it('no production file is over 300 lines', () => {
    const long = [...sources(path.join(repoRoot, 'electron')), ...sources(path.join(repoRoot, 'renderer/src'))]
      .filter((f) => !f.includes('test-support'))
      .map((f) => [rel(f), fs.readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
