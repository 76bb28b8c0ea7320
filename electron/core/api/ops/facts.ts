// Suggestions for an annotation's facts (a figure's value, a quote's speaker, a location's
// place), place search for the location inspector, and the points of the map. Suggestions
// are never written by themselves, except a figure's reading when it is first tagged.

import { z } from 'zod';
import { AnnotationId, DocumentId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import { normalizeFigure } from '../../facts/figures';
import { gazetteer, type Candidate } from '../../facts/gazetteer';
import { searchTaggedPlace } from '../../facts/place-qualifier';
import { proposeSpeaker, type SpeakerProposal } from '../../facts/speaker';
import type { FigureFields } from '../../domain/fields';
import { tagKind, tagKinds } from '../../domain/kinds';
import type { Annotation, Person } from '../../domain/types';
import type { CodePointIndex } from '../../text/codepoints';
import type { Ctx } from './context';

export interface FactSuggestions {
  figure?: FigureFields;
  speaker?: SpeakerProposal & { person: Person | null };
  places?: Candidate[];
}

export interface MapPoint {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  exact: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
}

export const factRequests = {
  suggestFacts: z.object({ id: AnnotationId }),
  searchPlaces: z.object({ query: z.string().max(300), documentId: DocumentId.optional() }),
  mapPoints: z.object({ documentId: DocumentId.optional() }),
};

/**
 * The figure reading of an annotation's text. A bare number takes its unit from the words
 * right after it, so those words are read up to the sentence's end (the stored suffix is
 * only 32 characters and can cut a unit in half).
 */
export function figureReading(a: Pick<Annotation, 'exact' | 'end'>, idx: CodePointIndex): FigureFields {
  const after = idx.text.slice(idx.toUtf16(a.end), idx.toUtf16(a.end) + 80);
  return normalizeFigure(a.exact, after);
}

/** Countries a document is about: its location line and the places already resolved in it. */
export function documentCountries(ctx: Ctx, documentId: string): string[] {
  const countries = new Set<string>();
  const doc = ctx.study.documents.get(documentId);
  if (doc?.location) {
    const place = gazetteer().resolve(doc.location);
    if (place) countries.add(place.country);
  }
  for (const a of ctx.study.annotations.listByDocument(documentId)) if (a.fields.location?.country) countries.add(a.fields.location.country);
  return [...countries];
}

export function searchPlaces(ctx: Ctx, { query, documentId }: z.infer<typeof factRequests.searchPlaces>): Candidate[] {
  return gazetteer().search(query, { countries: documentId ? documentCountries(ctx, documentId) : [], limit: 10 });
}

/**
 * The places for a location tag: its text searched with the document's countries and the
 * region or country named right after it ("Huntsville, Alabama"). The panel's suggestions
 * and the study-wide placing both ask this.
 */
export function placesFor(ctx: Ctx, a: Annotation, countries: readonly string[], limit: number): Candidate[] {
  const idx = ctx.index(a.documentId);
  const [from, to] = [idx.toUtf16(a.start), idx.toUtf16(a.end)];
  return searchTaggedPlace(gazetteer(), a.exact, { before: idx.text.slice(Math.max(0, from - 40), from), after: idx.text.slice(to, to + 80) }, { countries: [...countries], confirmed: [] }, limit);
}

export function suggestFacts(ctx: Ctx, id: string): FactSuggestions {
  const a = ctx.study.annotations.get(id);
  if (!a) throw new AppError('not_found', 'That annotation no longer exists.');
  const kind = tagKind(a.tag, ctx.study.tags.list());
  if (kind === 'figure') return { figure: figureReading(a, ctx.index(a.documentId)) };
  if (kind === 'location') return { places: placesFor(ctx, a, documentCountries(ctx, a.documentId), 10) };
  if (kind === 'quote') {
    const idx = ctx.index(a.documentId);
    const p = proposeSpeaker(idx.text, idx.toUtf16(a.start), idx.toUtf16(a.end));
    if (!p || !p.name) return {};
    const known = ctx.study.people.findByName(p.name);
    const person = known.find((k) => k.role.toLowerCase() === p.role.toLowerCase()) ?? known[0] ?? null;
    return { speaker: { ...p, person } };
  }
  return {};
}

/** A location tag with no place yet, for the map's "unplaced" list. */
export interface Unplaced {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  exact: string;
}

/** Placed locations of one document, or of the whole study, and the location tags still without a place. */
export function mapPoints(ctx: Ctx, documentId?: string): { points: MapPoint[]; unplaced: Unplaced[] } {
  const titles = new Map(ctx.study.documents.heads().map((d) => [d.id, d.title]));
  const list = documentId ? ctx.study.annotations.listByDocument(documentId) : ctx.study.annotations.listAll();
  const kinds = tagKinds(ctx.study.tags.list());
  const points: MapPoint[] = [];
  const unplaced: Unplaced[] = [];
  for (const a of list) {
    if (kinds.get(a.tag) !== 'location') continue;
    const loc = a.fields.location;
    const where = { annotationId: a.id, documentId: a.documentId, documentTitle: titles.get(a.documentId) ?? '', exact: a.exact };
    if (!loc || loc.lat === null || loc.lon === null) unplaced.push(where);
    else points.push({ ...where, name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon });
  }
  return { points, unplaced };
}
