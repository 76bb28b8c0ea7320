// Re-anchoring 10,000 annotations onto an edited text (the ~1 MB bench article's text with a
// new opening, every 40th "the" misspelt and one part cut): the core's batch re-anchoring beside
// the per-quote approx-string-match approach Hypothesis uses (hypothesis-anchor.ts), on the
// same data in the same run, for speed and accuracy. The edit is made here, so where every
// annotation belongs is known: placed right, moved wrongly, lost (unanchored though its text
// is still there), or rightly unanchored (its text was cut). Then the whole merge of a
// colleague's package with that re-anchoring. `npx tsx bench/reanchor-bench.ts`.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { anchorAll } from '../electron/core/anchoring/batch';
import { exportAs } from '../electron/core/api/ops/export';
import type { Annotation, DocumentSummary } from '../electron/core/domain/types';
import { mergeInto } from '../electron/core/exchange/merge';
import { readIncoming } from '../electron/core/exchange/read';
import { Study } from '../electron/core/store/study';
import { sha256Hex } from '../electron/core/text/article';
import { codePointLength, CodePointIndex } from '../electron/core/text/codepoints';
import { canonicalText, type Block } from '../electron/core/text/model';
import { studyWithAnnotations } from './fixtures';
import { hypothesisAnchor } from './hypothesis-anchor';
import { median, summary, timed, type Summary } from './stats';

type Span = { start: number; end: number } | null;
const NOW = '2026-03-01T00:00:00.000Z';
const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const n = (x: number) => x.toLocaleString('en');

/**
 * The corrected edition of a canonical text (what a study holds and annotations count in):
 * a new opening, every 40th "the" misspelt, part 7 cut; and where each UTF-16 index of the
 * old text went (null: cut).
 */
export function editedWithMap(text: string): { text: string; map: (u: number) => number | null } {
  let k = 0;
  const typos = text.replace(/\bthe\b/g, (w) => (++k % 40 === 0 ? 'teh' : w)); // same length: nothing shifts
  const cut = typos.indexOf('Part 7:');
  const end = typos.indexOf('Part 8:');
  if (cut < 0 || end < cut) throw new Error('the bench article has no part 7');
  const opening = 'Corrected edition\nThis version corrects typos and removes one part.\n';
  return {
    text: `${opening}${typos.slice(0, cut)}${typos.slice(end)}`,
    map: (u) => (u < cut ? u + opening.length : u >= end ? u - (end - cut) + opening.length : null),
  };
}

/** A study holding the corrected edition as the same article (same title and file name), so a merge re-anchors onto it. */
function studyWithEdition(file: string, like: DocumentSummary, text: string): Study {
  const study = Study.create(file);
  const blocks: Block[] = text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ text: line }] : [] }));
  if (canonicalText(blocks) !== text) throw new Error('the edition does not read back as its text');
  const doc = { id: sha256Hex(text), fileName: like.fileName, format: 'markdown' as const, encoding: 'utf-8', metadata: { title: like.title }, blocks, text, length: codePointLength(text) };
  study.write(() => study.documents.insert(doc, NOW));
  return study;
}

/** Where each annotation belongs in the new text (code points), or null when its text was cut. */
function truth(list: readonly Annotation[], oldIdx: CodePointIndex, newIdx: CodePointIndex, map: (u: number) => number | null): Span[] {
  return list.map((a) => {
    const s = map(oldIdx.toUtf16(a.start));
    const last = map(oldIdx.toUtf16(a.end) - 1);
    if (s === null || last === null || last - s !== oldIdx.toUtf16(a.end) - 1 - oldIdx.toUtf16(a.start)) return null;
    return { start: newIdx.toCodePoint(s), end: newIdx.toCodePoint(last + 1) };
  });
}

interface Tally {
  right: number;
  moved: number;
  lost: number;
  rightlyUnanchored: number;
}

function tally(placed: readonly Span[], expected: readonly Span[]): Tally {
  const t: Tally = { right: 0, moved: 0, lost: 0, rightlyUnanchored: 0 };
  placed.forEach((p, i) => {
    const e = expected[i]!;
    if (!p) t[e ? 'lost' : 'rightlyUnanchored']++;
    else if (e && p.start === e.start && p.end === e.end) t.right++;
    else t.moved++;
  });
  return t;
}


export async function benchReanchor(dir: string, summary: Summary, count = 10_000): Promise<void> {
  const { file } = studyWithAnnotations(dir, count);
  const source = Study.open(file);
  const list = source.annotations.listAll();
  const pkg = Buffer.from(exportAs(source, 'package', undefined, NOW).content, 'base64');
  const doc = source.documents.list()[0]!;
  const oldText = source.documents.content(doc.id)!.text;
  source.close();
  const oldIdx = new CodePointIndex(oldText);
  const edit = editedWithMap(oldText);
  const newIdx = new CodePointIndex(edit.text);
  const expected = truth(list, oldIdx, newIdx, edit.map);
  const cut = expected.filter((e) => e === null).length;
  console.log(`\n7. Re-anchoring ${n(list.length)} annotations onto an edited text (~1 MB: a new opening, every 40th "the" misspelt, one part cut: ${n(cut)} annotations lose their text)`);

  // The baseline: Hypothesis's way, one quote at a time, in UTF-16 as a browser has it.
  const [theirs, theirMs] = timed(() =>
    list.map((a) => {
      const m = hypothesisAnchor(edit.text, { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: oldIdx.toUtf16(a.start), end: oldIdx.toUtf16(a.end) });
      return m && { start: newIdx.toCodePoint(m.start, 1), end: newIdx.toCodePoint(m.end, -1) };
    }),
  );
  // Ours: the core's re-anchoring of a document's annotations together, as a merge does it (median of 3).
  const runs = Array.from({ length: 3 }, () => timed(() => anchorAll(newIdx, list).map((p): Span => (p.status === 'anchored' ? { start: p.start, end: p.end } : null))));
  const ourMs = median(runs.map((r) => r[1]));
  const ours = runs[0]![0];
  const [t, o] = [tally(theirs, expected), tally(ours, expected)];
  const row = (label: string, ms: number, x: Tally) =>
    console.log(`   ${label.padEnd(44)} ${secs(ms).padStart(8)} ${n(x.right).padStart(12)} ${n(x.moved).padStart(8)} ${n(x.lost).padStart(6)} ${n(x.rightlyUnanchored).padStart(10)}`);
  console.log(`   ${''.padEnd(44)} ${'time'.padStart(8)} ${'placed right'.padStart(12)} ${'moved'.padStart(8)} ${'lost'.padStart(6)} ${'rightly'.padStart(10)}`);
  console.log(`   ${''.padEnd(44)} ${''.padStart(8)} ${''.padStart(12)} ${'wrongly'.padStart(8)} ${''.padStart(6)} ${'unanchored'.padStart(10)}`);
  row('Hypothesis: approx-string-match per quote', theirMs, t);
  row('Sourcemark: the core, a document at a time', ourMs, o);
  const speed = theirMs / ourMs;
  const better = o.right >= t.right && o.moved <= t.moved;
  console.log(`   speed ${speed.toFixed(1)}× the baseline (goal ≥ 5×): ${speed >= 5 ? 'met' : 'NOT met'}; accuracy ${n(o.right)} placed right and ${n(o.moved)} moved wrongly, against ${n(t.right)} and ${n(t.moved)} (goal: equal or better): ${better ? 'met' : 'NOT met'}`);

  // The whole merge: a colleague's package onto the study's corrected edition.
  const times: number[] = [];
  let last;
  for (let round = 0; round < 3; round++) {
    const target = studyWithEdition(path.join(dir, `reanchor-${round}.sourcemark`), doc, edit.text);
    const incoming = await readIncoming('colleague.sourcemark.zip', new Uint8Array(pkg));
    const [s, ms] = timed(() => mergeInto(target, incoming, { now: NOW, dryRun: false }));
    times.push(ms);
    last = s.annotations;
    target.close();
  }
  console.log(`   the whole merge of the colleague's package onto it (read excluded): ${summary(times)}; ${n(last!.reanchored)} re-anchored, ${n(last!.unanchored)} unanchored (kept in the list)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-reanchor-bench-'));
  try {
    await benchReanchor(dir, summary);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
