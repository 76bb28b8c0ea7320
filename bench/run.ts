// `npm run bench`: figures, not pass/fail, each beside a baseline measured in the same run.
//  1. importing a 1 MB article (parse + store)
//  2–3. the reader (reader-bench.ts): opening that article with N annotations (BENCH_ANNOTATIONS,
//     5,000 by default) until painted, beside the same text with none; tag key → saved, listed
//     and painted; a 4.3 MB plain-text book; each beside a baseline build (BENCH_BASELINE)
//  4. gazetteer lookups
//  5. search over a study with 100,000 annotations
//  6. export and import of those 100,000 annotations (package, W3C, CSV, brat, REFI-QDA)
//  7. re-anchoring 10,000 annotations onto an edited text, beside approx-string-match
//  8. partner formats (brat, Label Studio) at 100,000 annotations; a folder of 1,000 mixed
//     files; the CLI merging while the app writes
//  9. a team's week: 50 packages of 10,000 annotations merged into one study
// `npm run bench -- core` skips the browser; `npm run bench -- reader` stops after the reader;
// `npm run bench -- <section>` runs one of: exchange, reanchor, partners, folder, concurrent, team
// (BENCH_RUNS samples per figure, 5; BENCH_BOOKS=0 leaves out the 4.3 MB books).
// Run on the built renderer (dist/renderer) through the real web host and core.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Study } from '../electron/core/store/study';
import { addArticle } from '../electron/core/test-support/documents';
import { parseArticle } from '../electron/core/text/article';
import { bigArticle, studyWithAnnotations } from './fixtures';
import { benchExchange, benchReanchor } from './exchange-bench';
import { benchGazetteer, benchSearch } from './study-bench';
import { benchReader } from './reader-bench';
import { testService } from '../electron/core/test-support/service';
import { benchPartners } from './partner-bench';
import { benchFolder } from './folder-bench';
import { benchConcurrentWriters } from './concurrent-bench';
import { benchTeamWeek } from './team-bench';
import { summary, time } from './stats';

const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 5000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-bench-'));

function benchImport(): void {
  const text = bigArticle();
  const bytes = new TextEncoder().encode(text);
  console.log(`\n1. Import of a ${(bytes.length / 1048576).toFixed(2)} MB Markdown article`);
  const parse = Array.from({ length: 5 }, () => time(() => parseArticle('dossier.md', bytes)));
  console.log(`   parse (decode, Markdown, metadata, canonical text, SHA-256): ${summary(parse)}`);
  const full = Array.from({ length: 5 }, (_, i) => {
    const study = Study.create(path.join(dir, `import-${i}.sourcemark`));
    const t = time(() => addArticle(study, 'dossier.md', bytes, new Date().toISOString()));
    study.close();
    return t;
  });
  console.log(`   parse + store in a study (one transaction):                    ${summary(full)}`);
}

/** The core's share of opening and tagging: getDocument and createAnnotation under Node. */
function benchCore(): void {
  console.log(`\n2–3. The core's share, the 1 MB article with ${ANNOTATIONS} annotations`);
  const { file, documentId } = studyWithAnnotations(dir, ANNOTATIONS);
  const service = testService({ dataDir: path.join(dir, 'data'), studyPath: file }).start();
  const api = Array.from({ length: 5 }, () => time(() => service.getDocument({ id: documentId })));
  console.log(`   getDocument (read ${ANNOTATIONS} annotations):     ${summary(api)}`);
  const core = Array.from({ length: 25 }, (_, i) => time(() => service.createAnnotation({ documentId, tag: 'claim', start: 1000 + i * 50, end: 1010 + i * 50 })));
  console.log(`   createAnnotation (SQLite insert):                ${summary(core)}`);
  service.close();
}

/** The sections that run on their own, by name, in the order of a full run. */
const SECTIONS: Record<string, () => Promise<void>> = {
  exchange: async () => {
    const study = benchSearch(dir, summary);
    await benchExchange(dir, study);
  },
  reanchor: () => benchReanchor(dir, summary),
  partners: () => benchPartners(dir),
  folder: () => benchFolder(dir),
  concurrent: () => benchConcurrentWriters(dir),
  team: () => benchTeamWeek(dir),
};

const only = process.argv.slice(2).find((a) => a in SECTIONS);
if (only) await SECTIONS[only]!();
else {
  benchImport();
  benchCore();
  if (!process.argv.includes('core')) await benchReader(dir, ANNOTATIONS, summary);
  if (!process.argv.includes('reader')) {
    benchGazetteer(summary);
    for (const run of Object.values(SECTIONS)) await run();
  }
}
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
