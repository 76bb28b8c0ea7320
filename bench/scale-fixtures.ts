// Inputs of the exchange benches at scale: a study of 100,000 annotations over twenty
// articles (the search bench's mix: facts, notes, a speaker, places), each annotation's
// creation in its history as the app records it; and a team's week of packages (one
// colleague's 10,000 annotations each, on the same articles, with their history).

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { quoteAt } from '../electron/core/anchoring/anchor';
import { exportAs } from '../electron/core/api/ops/export';
import type { Annotation, AnnotationFields } from '../electron/core/domain/types';
import { Study } from '../electron/core/store/study';
import { addArticle } from '../electron/core/test-support/documents';
import { SAMPLE, sampleBytes } from '../electron/core/test-support/samples';
import { CodePointIndex } from '../electron/core/text/codepoints';

const TAGS = ['claim', 'quote', 'figure', 'location'];
const VERDICTS = ['unchecked', 'true', 'false', 'misleading'];
const WORDS = ['protest', 'governor', 'election', 'police', 'border', 'market', 'ministry', 'opposition', 'verify', 'source', 'rumour', 'budget'];

/** A deterministic pseudo-random sequence in 0..1. */
export function seeded(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Twenty articles: the sample text, each copy made distinct by its last line. */
export function addArticles(study: Study, count = 20): Array<{ id: string; idx: CodePointIndex }> {
  const base = new TextDecoder().decode(sampleBytes(SAMPLE));
  return Array.from({ length: count }, (_, i) => {
    const d = addArticle(study, `article-${i}.md`, new TextEncoder().encode(`${base}\n\nCopy ${i}.`), '2026-01-01T00:00:00.000Z');
    return { id: d.id, idx: new CodePointIndex(study.documents.content(d.id)!.text) };
  });
}

function factsFor(tag: string, i: number, speakerId: string): AnnotationFields {
  if (tag === 'claim') return { claim: { verdict: VERDICTS[Math.floor(i / 4) % VERDICTS.length]!, rationale: '', sources: [], checkedBy: null, checkedAt: null } };
  if (tag === 'quote') return { quote: { speakerId: i % 8 === 1 ? speakerId : null } };
  if (tag === 'location') return { location: { name: i % 12 === 3 ? 'Osh' : 'Bishkek', country: 'KG', lat: 40.5, lon: 72.8, geonamesId: null, manual: false } };
  return {};
}

/** `count` annotations by `author` over the articles, in the order the app would list them. */
export function makeAnnotations(docs: ReadonlyArray<{ id: string; idx: CodePointIndex }>, count: number, author: string, speakerId: string, rand: () => number, when: string): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const doc = docs[i % docs.length]!;
    const start = Math.floor(rand() * (doc.idx.length - 100));
    const end = start + 4 + Math.floor(rand() * 60);
    const tag = TAGS[i % 4]!;
    const note = i % 3 === 0 ? `${WORDS[Math.floor(i / 3) % WORDS.length]} check ${i}` : '';
    out.push({ id: randomUUID(), documentId: doc.id, tag, start, end, ...quoteAt(doc.idx, start, end), note, fields: factsFor(tag, i, speakerId), author, created: when, modified: when });
  }
  return out;
}

/** The 100,000-annotation study of the import and export bench, with its history. */
export function bigStudy(dir: string, total = 100_000): Study {
  const study = Study.create(path.join(dir, 'exchange-bench.sourcemark'));
  const docs = addArticles(study);
  const person = study.write(() => study.people.create('Adakhan Madumarov', 'opposition leader', '2026-01-01T00:00:00.000Z'));
  const list = makeAnnotations(docs, total, 'bench', person.id, seeded(7), '2026-01-02T00:00:00.000Z');
  study.write(() => {
    study.annotations.insertMany(list);
    recordCreation(study);
  });
  return study;
}

/** Each annotation's creation in the study's history, as the app records it when one is made. */
export function recordCreation(study: Study): void {
  study.db.exec("INSERT OR IGNORE INTO changes (annotation_id, document_id, action, author, at) SELECT id, document_id, 'create', author, created FROM annotations");
  study.db.exec("INSERT INTO contributors (name, first_seen, last_seen) SELECT author, min(created), max(modified) FROM annotations GROUP BY author ON CONFLICT(name) DO NOTHING");
}

/**
 * A team's week: `people` colleagues, each with a study holding the same articles and
 * `each` annotations of their own, exported as a package (their texts, tags, history).
 */
export function teamPackages(dir: string, people: number, each: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let p = 0; p < people; p++) {
    const file = path.join(dir, `colleague-${p}.sourcemark`);
    const study = Study.create(file);
    const docs = addArticles(study);
    const person = study.write(() => study.people.create('Adakhan Madumarov', 'opposition leader', '2026-01-01T00:00:00.000Z'));
    const when = new Date(Date.UTC(2026, 0, 5, 9, p)).toISOString();
    study.write(() => {
      study.annotations.insertMany(makeAnnotations(docs, each, `colleague ${p + 1}`, person.id, seeded(1000 + p), when));
      recordCreation(study);
    });
    out.push(new Uint8Array(Buffer.from(exportAs(study, 'package', undefined, when).content, 'base64')));
    study.close();
  }
  return out;
}
