// Benchmarks of the study's vocabulary features: gazetteer lookups and search over a study
// with 100,000 annotations. Figures, not pass/fail.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { quoteAt } from '../electron/core/anchoring/anchor';
import { gazetteer } from '../electron/core/facts/gazetteer';
import { addArticle } from '../electron/core/test-support/documents';
import { extractDocument } from '../electron/core/documents';
import { search } from '../electron/core/api/ops/search';
import { Study } from '../electron/core/store/study';
import { SAMPLE, sampleBytes } from '../electron/core/test-support/samples';
import { CodePointIndex } from '../electron/core/text/codepoints';
import type { Annotation } from '../electron/core/domain/types';
import type { Summary } from './stats';


const QUERIES = [
  'Osh', 'Jalalabad', 'Bishkek', 'Naryn', 'Talas', 'Uzgen', 'Kochkor', 'Karakulja', 'Aksy', 'Kyrgyzstan',
  'Mecca', 'Houston', 'Paris', 'London', 'Sydney', 'São Paulo', 'Sao Paulo', 'Kyiv', 'Kiev', 'Almaty',
  'Tashkent', 'Dushanbe', 'Springfield', 'Washington', 'Bishkeck', 'Jalal-Abad', 'Moskva', 'Moscow', 'Киргизия', 'Frankfurt am Main',
];

export function benchGazetteer(summary: Summary): void {
  const t0 = performance.now();
  const g = gazetteer();
  console.log(`\n4. Gazetteer (${g.size.toLocaleString('en')} places)`);
  console.log(`   first load: ${(performance.now() - t0).toFixed(0)} ms`);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      g.search(q, { countries: ['KG'], limit: 10 });
      times.push(performance.now() - t);
    }
  }
  console.log(`   lookup per query (${QUERIES.length} names incl. misspellings and Cyrillic): ${summary(times)}`);
}

const WORDS = ['protest', 'governor', 'election', 'police', 'border', 'market', 'ministry', 'opposition', 'verify', 'source', 'rumour', 'budget'];

export function benchSearch(dir: string, summary: Summary, total = 100_000): Study {
  console.log(`\n5. Search over a study with ${total.toLocaleString('en')} annotations`);
  const t0 = performance.now();
  const study = Study.create(path.join(dir, 'search-bench.sourcemark'));
  const base = new TextDecoder().decode(sampleBytes(SAMPLE));
  const docs = Array.from({ length: 20 }, (_, i) => {
    const r = { document: addArticle(study, `article-${i}.md`, new TextEncoder().encode(`${base}\n\nCopy ${i}.`), new Date().toISOString()) };
    return { id: r.document.id, idx: new CodePointIndex(study.documents.content(r.document.id)!.text) };
  });
  const person = study.people.create('Adakhan Madumarov', 'opposition leader', new Date().toISOString());
  const tags = ['claim', 'quote', 'figure', 'location'];
  const verdicts = ['unchecked', 'true', 'false', 'misleading'];
  const now = new Date().toISOString();
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const all: Annotation[] = [];
  study.write(() => {
    for (let i = 0; i < total; i++) {
      const doc = docs[i % docs.length]!;
      const start = Math.floor(rand() * (doc.idx.length - 100));
      const end = start + 4 + Math.floor(rand() * 60);
      const tag = tags[i % 4]!;
      const a: Annotation = {
        id: randomUUID(),
        documentId: doc.id,
        tag,
        start,
        end,
        ...quoteAt(doc.idx, start, end),
        note: i % 3 === 0 ? `${WORDS[Math.floor(i / 3) % WORDS.length]} check ${i}` : '',
        fields:
          tag === 'claim'
            ? { claim: { verdict: verdicts[Math.floor(i / 4) % verdicts.length]!, rationale: '', sources: [], checkedBy: null, checkedAt: null } }
            : tag === 'quote'
              ? { quote: { speakerId: i % 8 === 1 ? person.id : null } }
              : tag === 'location'
                ? { location: { name: i % 12 === 3 ? 'Osh' : 'Bishkek', country: 'KG', lat: 40.5, lon: 72.8, geonamesId: null, manual: false } }
                : {},
        author: 'bench',
        created: now,
        modified: now,
      };
      all.push(a);
    }
    study.annotations.insertMany(all);
  });
  console.log(`   building it (20 documents; one bulk insert with its search index): ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const ctx = { study, now: () => now, user: 'bench', identity: { name: 'bench', email: null, orcid: null }, index: () => docs[0]!.idx, extract: extractDocument };
  const cases: Array<[string, Parameters<typeof search>[1]]> = [
    ['a common word ("governor")', { text: 'governor', limit: 200 }],
    ['a rare word in notes ("rumour")', { text: 'rumour', limit: 200 }],
    ['two words ("police officers")', { text: 'police officers', limit: 200 }],
    ['a tag (claim, with sub-tags)', { tag: 'claim', limit: 200 }],
    ['a verdict (false)', { verdict: 'false', limit: 200 }],
    ['a speaker', { speakerId: person.id, limit: 200 }],
    ['a place (Osh)', { place: 'Osh', limit: 200 }],
    ['word + tag + document', { text: 'protest', tag: 'quote', documentId: docs[3]!.id, limit: 200 }],
  ];
  for (const [name, req] of cases) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      hits = search(ctx, req).total;
      times.push(performance.now() - t);
    }
    console.log(`   ${name.padEnd(34)} ${String(hits).padStart(6)} hits, first 200 returned: ${summary(times)}`);
  }
  return study;
}
