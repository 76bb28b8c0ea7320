import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../core/test-support/tmp';
import { expandPicked, HandedFiles } from './handed-files';

describe('files handed to the page', () => {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'Press', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'Press', 'a.html'), '<p>a</p>');
  fs.writeFileSync(path.join(dir, 'Press', 'sub', 'b.pdf'), '%PDF');
  fs.writeFileSync(path.join(dir, 'Press', '.DS_Store'), '');
  fs.writeFileSync(path.join(dir, 'one.md'), '# One');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');

  it('a folder gives its files, recursively, with the folder as their collection; hidden files are skipped', () => {
    expect(expandPicked([path.join(dir, 'Press'), path.join(dir, 'one.md')]).map((f) => [path.relative(dir, f.path), f.collection ?? null])).toEqual([
      [path.join('Press', 'a.html'), 'Press'],
      [path.join('Press', 'sub', 'b.pdf'), 'Press'],
      ['one.md', null],
    ]);
  });

  it('only files the user chose can be read', () => {
    const handed = new HandedFiles();
    handed.hand(expandPicked([path.join(dir, 'one.md')]));
    expect(Buffer.from(handed.read(path.join(dir, 'one.md')), 'base64').toString()).toBe('# One');
    expect(() => handed.read(path.join(dir, 'secret.txt'))).toThrow(/not chosen/);
    expect(() => handed.read(path.join(dir, 'Press', '..', 'secret.txt'))).toThrow(/not chosen/);
  });
});
