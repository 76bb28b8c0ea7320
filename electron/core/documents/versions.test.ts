import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-support/samples';
import { EXTRACTORS } from './versions';

const installed = (pkg: string): string | undefined => {
  const file = path.join(repoRoot, 'node_modules', pkg, 'package.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

describe('extractor versions', () => {
  it.each(Object.entries(EXTRACTORS))('%s names the installed version of its library', (_format, id) => {
    const version = installed(id.name);
    if (id.name.startsWith('sourcemark-')) expect(version).toBeUndefined();
    else expect(version).toBe(id.version);
  });

  it('pins the libraries exactly in package.json, so the versions cannot drift', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const deps = { ...pkg['dependencies'], ...pkg['devDependencies'] };
    for (const id of Object.values(EXTRACTORS)) if (!id.name.startsWith('sourcemark-')) expect(deps[id.name]).toBe(id.version);
  });
});
