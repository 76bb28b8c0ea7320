// Stage 4: each incoming annotation. Placed on its document (position checked against the
// quote, then the quote exactly, then fuzzily); what cannot be placed is kept unanchored.
// Matched by id: the same content is "already here"; a version that descends from ours
// replaces it; two independent edits keep the newer and record the other as a conflict. An
// annotation we deleted stays deleted unless they edited it afterwards. The same span, tag
// and facts by the same author under another id is a duplicate; another person's identical
// annotation is their agreement and is kept.

import { anchor, quoteAt } from '../../anchoring/anchor';
import { InputError } from '../../input/errors';
import type { CodePointIndex } from '../../text/codepoints';
import type { Annotation } from '../../domain/types';
import type { IncomingAnnotation } from '../read';
import { addConflict } from './deletions';
import { heldAtSpan } from './local';
import { reanchored } from './reanchor';
import { labelKey, type MergeContext } from './plan';
import { localFields } from './vocabulary';
import { fitsRange } from '../../anchoring/fits';

const sameContent = (a: Annotation, b: Annotation) =>
  a.tag === b.tag && a.start === b.start && a.end === b.end && a.note === b.note && JSON.stringify(a.fields) === JSON.stringify(b.fields);

/** The quote to look for; from the position when the file gave only that (same text). */
function quotePart(inc: IncomingAnnotation, idx: CodePointIndex, sameText: boolean): { exact: string; prefix: string; suffix: string } {
  if (inc.exact) return { exact: inc.exact, prefix: inc.prefix, suffix: inc.suffix };
  if (sameText && inc.start !== null && inc.end !== null) return quoteAt(idx, inc.start, inc.end);
  throw new InputError(`annotation ${inc.id} has no quote to place it by`);
}

/** Which of two versions of an annotation wins, and whether both sides changed it. */
function settle(ctx: MergeContext, mine: Annotation, theirs: Annotation, theirHistory: Map<string, Set<string>>): { newer: Annotation; both: boolean } {
  // One version descends from the other when it has seen the other's last change (an
  // unedited annotation is seen by every later version of it).
  const ours = new Set(ctx.study.provenance.history(theirs.id).map((c) => c.at));
  const theyHaveMine = mine.modified === mine.created || (theirHistory.get(theirs.id)?.has(mine.modified) ?? false);
  const weHaveTheirs = theirs.modified === theirs.created || ours.has(theirs.modified);
  const newer = theyHaveMine && !weHaveTheirs ? theirs : weHaveTheirs && !theyHaveMine ? mine : theirs.modified > mine.modified ? theirs : mine;
  return { newer, both: !theyHaveMine && !weHaveTheirs };
}

export function planAnnotations(ctx: MergeContext): void {
  const { incoming, plan, summary, existing, deletedAt, docMap } = ctx;
  const counts = summary.annotations;
  const heldAt = heldAtSpan(ctx);
  const placedOnEdit = reanchored(ctx);
  const incomingTombs = new Set(incoming.tombstones.map((t) => t.id));
  // The file's history by annotation, built when an annotation we hold needs it.
  let theirHistory: Map<string, Set<string>> | undefined;
  const history = () => {
    if (theirHistory) return theirHistory;
    theirHistory = new Map();
    for (const c of incoming.changes) {
      let set = theirHistory.get(c.annotationId);
      if (!set) theirHistory.set(c.annotationId, (set = new Set()));
      set.add(c.at);
    }
    return theirHistory;
  };
  const taken = new Set<string>();
  const orphaned = new Set<string>();

  for (const inc of incoming.annotations) {
    if (incomingTombs.has(inc.id)) continue;
    if (ctx.leftOut.has(inc.documentRef)) {
      counts.deletedHere++; // its document was deleted here
      continue;
    }
    const target = docMap.get(inc.documentRef);
    if (!target) throw new InputError(`annotation ${inc.id} refers to a document the file does not describe`);
    const idx = ctx.index(target.id);
    if (target.sameText && inc.start !== null && inc.end !== null && !fitsRange({ start: inc.start, end: inc.end }, idx)) {
      throw new InputError(`annotation ${inc.id} lies outside its document (${inc.start}–${inc.end} of ${idx.length} characters)`);
    }
    const tag = ctx.tagMap.get(labelKey(inc.tagId, inc.tagName))!;
    const quote = quotePart(inc, idx, target.sameText);
    // On a different text the old position is only a hint (it ranks repeated phrases by nearness).
    const placed = (target.sameText ? undefined : placedOnEdit(inc)) ?? anchor(idx, quote, inc.start !== null && inc.end !== null ? { start: inc.start, end: inc.end } : undefined);
    const fields = localFields(ctx, inc.fields);
    if (placed.status === 'orphan') {
      const deleted = deletedAt.get(inc.id);
      if (deleted !== undefined && inc.modified <= deleted) counts.deletedHere++;
      else if (!orphaned.has(inc.id) && !ctx.study.review.hasOrphan(inc.id) && !existing.has(inc.id) && !taken.has(inc.id)) {
        plan.orphans.push({ id: inc.id, documentId: target.id, tag, ...quote, note: inc.note, fields, author: inc.author, created: inc.created, modified: inc.modified, origin: incoming.origin, imported: ctx.now });
        orphaned.add(inc.id);
        counts.unanchored++;
      }
      continue;
    }
    if (!target.sameText) counts.reanchored++;
    const a: Annotation = { id: inc.id, documentId: target.id, tag, start: placed.start, end: placed.end, ...quoteAt(idx, placed.start, placed.end), note: inc.note, fields, author: inc.author, created: inc.created, modified: inc.modified };
    if (taken.has(a.id)) continue; // the file holds it twice
    const mine = existing.get(a.id);
    if (mine) {
      taken.add(a.id);
      if (sameContent(mine, a)) {
        counts.unchanged++;
        continue;
      }
      const { newer, both } = settle(ctx, mine, a, history());
      if (newer === a) {
        plan.updates.push(a);
        counts.changed++;
      }
      if (both) addConflict(ctx, newer, newer === a ? mine : a, newer === a ? 'theirs' : 'here');
      continue;
    }
    const deleted = deletedAt.get(a.id);
    if (deleted !== undefined) {
      if (a.modified > deleted) {
        taken.add(a.id);
        plan.inserts.push(a); // edited after we deleted it: it comes back, flagged
        addConflict(ctx, a, { deleted }, 'theirs');
        counts.added++;
      } else counts.deletedHere++;
      continue;
    }
    // Only what the study held before counts: the file's own annotations are all kept.
    if (heldAt(a).some((x) => x.note === a.note && JSON.stringify(x.fields) === JSON.stringify(a.fields))) {
      counts.duplicates++;
      continue;
    }
    taken.add(a.id);
    plan.inserts.push(a);
    counts.added++;
  }
}
