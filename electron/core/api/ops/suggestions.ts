// The whole-document suggestion pass as the user meets it: every quote (with its speaker),
// figure (with its reading) and place (with its best match) the text suggests and no
// annotation of that kind already covers, as proposals that are never saved until
// accepted; accepting writes the chosen ones in one transaction. And the study-wide step
// that places every location whose best gazetteer match is confident.

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { quoteAt } from '../../anchoring/anchor';
import { fitsRange } from '../../anchoring/fits';
import { DocumentId, Offset } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import { AnnotationFieldsSchema, type AnnotationFields, type LocationFields } from '../../domain/fields';
import { tagKinds } from '../../domain/kinds';
import type { Annotation } from '../../domain/types';
import type { Candidate } from '../../facts/gazetteer';
import { suggestDocument as pass } from '../../facts/suggest';
import type { Ctx } from './context';
import { documentCountries, placesFor } from './facts';
import { recordChange } from './annotations';
import { MAX_BATCH } from './limits';

export interface Suggestion {
  /** Stable within a pass: kind and span. */
  id: string;
  kind: 'quote' | 'figure' | 'location';
  start: number;
  end: number;
  exact: string;
  /** What the proposal says, in a few words ("Yvette Cooper", "400 people", "Osh, KG"). */
  label: string;
  /** The facts the annotation would carry. */
  fields: AnnotationFields;
  /** A quote's speaker (a person to find or add when accepted), or null. */
  speaker: { name: string; role: string } | null;
  /** False when the pass is unsure (a place not in the gazetteer, a described speaker). */
  confident: boolean;
}

const Item = z.object({
  kind: z.enum(['quote', 'figure', 'location']),
  start: Offset,
  end: Offset,
  fields: AnnotationFieldsSchema,
  speaker: z.object({ name: z.string().min(1).max(300), role: z.string().max(300) }).nullable(),
});

export const suggestionRequests = {
  suggestDocument: z.object({ documentId: DocumentId }),
  acceptSuggestions: z.object({ documentId: DocumentId, items: z.array(Item).min(1).max(MAX_BATCH) }),
  placeConfidentLocations: z.object({}),
};
type Req<K extends keyof typeof suggestionRequests> = z.infer<(typeof suggestionRequests)[K]>;

const place = (c: Candidate): LocationFields => ({ name: c.name, country: c.country || null, lat: c.lat, lon: c.lon, geonamesId: c.geonamesId, manual: false });

export function suggestDocument(ctx: Ctx, { documentId }: Req<'suggestDocument'>): Suggestion[] {
  const idx = ctx.index(documentId);
  const existing = ctx.study.annotations.listByDocument(documentId);
  const kinds = tagKinds(ctx.study.tags.list());
  const covered = new Set(existing.map((a) => `${kinds.get(a.tag) ?? null}:${a.start}:${a.end}`));
  const found = pass(idx.text, { countries: documentCountries(ctx, documentId), confirmed: existing.flatMap((a) => (a.fields.location?.geonamesId ? [a.fields.location.geonamesId] : [])) });
  const out: Suggestion[] = [];
  const add = (s: Omit<Suggestion, 'id' | 'exact'>) => {
    if (!covered.has(`${s.kind}:${s.start}:${s.end}`)) out.push({ ...s, id: `${s.kind}:${s.start}:${s.end}`, exact: idx.slice(s.start, s.end) });
  };
  for (const q of found.quotes) {
    const named = q.speaker?.named ? q.speaker : null;
    add({ kind: 'quote', start: q.start, end: q.end, label: named ? named.name : q.speaker ? `${q.speaker.name} (described)` : 'no speaker found', fields: {}, speaker: named ? { name: named.name, role: named.role } : null, confident: !!named });
  }
  for (const f of found.figures) add({ kind: 'figure', start: f.start, end: f.end, label: [f.reading.qualifier, f.reading.value, f.reading.unit].filter((x) => x !== null && x !== '').join(' '), fields: { figure: f.reading }, speaker: null, confident: f.reading.value !== null });
  for (const p of found.places) {
    const best = p.confident ? p.best : null;
    add({ kind: 'location', start: p.start, end: p.end, label: best ? `${best.name}${best.country ? `, ${best.country}` : ''}` : 'not in the gazetteer — pin by hand', fields: best ? { location: place(best) } : {}, speaker: null, confident: !!best });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Write the accepted proposals as annotations (speakers found or added as people), in one transaction. */
export function acceptSuggestions(ctx: Ctx, { documentId, items }: Req<'acceptSuggestions'>): Annotation[] {
  const idx = ctx.index(documentId);
  for (const it of items) if (!fitsRange(it, idx)) throw new AppError('bad_input', `The range ${it.start}–${it.end} is outside the document.`);
  return ctx.study.write(() => {
    const when = ctx.now();
    const made = items.map((it): Annotation => {
      let fields = it.fields;
      if (it.kind === 'quote' && it.speaker) {
        const known = ctx.study.people.findByName(it.speaker.name);
        const person = known.find((p) => p.role.toLowerCase() === it.speaker!.role.toLowerCase()) ?? known[0] ?? ctx.study.people.create(it.speaker.name, it.speaker.role, when);
        fields = { ...fields, quote: { speakerId: person.id } };
      }
      return { id: randomUUID(), documentId, tag: it.kind, start: it.start, end: it.end, ...quoteAt(idx, it.start, it.end), note: '', fields, author: ctx.user, created: when, modified: when };
    });
    ctx.study.annotations.insertMany(made);
    for (const a of made) recordChange(ctx, a, 'create', when);
    ctx.study.provenance.touch(ctx.identity, when);
    return made;
  });
}

/** Every location tag of the study without a place gets its best match, when that match is confident. */
export function placeConfidentLocations(ctx: Ctx): { placed: Array<{ before: Annotation; after: Annotation }>; unplaced: number } {
  const kinds = tagKinds(ctx.study.tags.list());
  const open = ctx.study.annotations.listAll().filter((a) => kinds.get(a.tag) === 'location' && (a.fields.location?.lat ?? null) === null);
  const countries = new Map<string, string[]>();
  const placed: Array<{ before: Annotation; after: Annotation }> = [];
  for (const a of open) {
    if (!countries.has(a.documentId)) countries.set(a.documentId, documentCountries(ctx, a.documentId));
    const best = placesFor(ctx, a, countries.get(a.documentId)!, 1)[0];
    if (best?.confident) placed.push({ before: a, after: { ...a, fields: { ...a.fields, location: place(best) }, modified: ctx.now() } });
  }
  ctx.study.write(() => {
    for (const { after } of placed) {
      ctx.study.annotations.update(after);
      recordChange(ctx, after, 'edit', after.modified);
    }
  });
  return { placed, unplaced: open.length - placed.length };
}
