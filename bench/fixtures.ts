// Benchmark inputs: a ~1 MB Markdown article built from the sample (with headings, emoji and
// Cyrillic so code points differ from UTF-16 units), and a study holding it with N
// annotations spread over the text, a fifth of them nested inside others.

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { quoteAt } from '../electron/core/anchoring/anchor';
import { Study } from '../electron/core/store/study';
import { addArticle } from '../electron/core/test-support/documents';
import { SAMPLE, sampleBytes } from '../electron/core/test-support/samples';
import { CodePointIndex } from '../electron/core/text/codepoints';
import type { Annotation } from '../electron/core/domain/types';

export function bigArticle(targetBytes = 1024 * 1024): string {
  const paragraphs = new TextDecoder()
    .decode(sampleBytes(SAMPLE))
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('**') && !p.startsWith('#') && p !== '---');
  const parts = ['# A very long dossier 📚\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < targetBytes; i++) {
    if (i % 12 === 0) parts.push(`## Part ${i / 12 + 1}: Ош, Бишкек and beyond 🇰🇬`);
    const p = `${paragraphs[i % paragraphs.length]} (${i} 👩‍👩‍👧)`;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n') + '\n';
}

const TAGS = ['claim', 'quote', 'figure', 'location'];

/** A study with the big article and `count` annotations; returns its path and document id. */
export function studyWithAnnotations(dir: string, count: number): { file: string; documentId: string } {
  const file = path.join(dir, `bench-${count}.sourcemark`);
  fs.rmSync(file, { force: true });
  const study = Study.create(file);
  const r = { document: addArticle(study, 'dossier.md', new TextEncoder().encode(bigArticle()), new Date().toISOString()) };
  const id = r.document.id;
  const idx = new CodePointIndex(study.documents.content(id)!.text);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const now = new Date().toISOString();
  const made: Array<{ start: number; end: number }> = [];
  study.write(() => {
    for (let i = 0; i < count; i++) {
      let start: number;
      let end: number;
      const outer = made[Math.floor(rand() * made.length)];
      if (outer && rand() < 0.2 && outer.end - outer.start > 6) {
        start = outer.start + 1 + Math.floor(rand() * ((outer.end - outer.start) / 2));
        end = Math.min(outer.end, start + 3 + Math.floor(rand() * 20));
      } else {
        start = Math.floor((i / count) * (idx.length - 200)) + Math.floor(rand() * 50);
        end = start + 5 + Math.floor(rand() * 75);
      }
      made.push({ start, end });
      const a: Annotation = {
        id: randomUUID(),
        documentId: id,
        tag: TAGS[i % 4]!,
        start,
        end,
        ...quoteAt(idx, start, end),
        note: i % 5 === 0 ? `Note ${i}` : '',
        fields: {},
        author: 'bench',
        created: now,
        modified: now,
      };
      study.annotations.insert(a);
    }
  });
  study.close();
  return { file, documentId: id };
}
