// A Web Annotation's bodies as Sourcemark's facts, by purpose (the W3C model's vocabulary,
// not Sourcemark's private keys, so any tool's file says what it means):
//   tagging, classifying    → the tag (one annotation per tag)
//   assessing               → a claim's verdict (the first), its rationale (the others);
//                             the body's creator and date → who checked it and when
//   identifying             → a place (a GeoNames IRI: from the gazetteer; a geo: URI or
//                             "Name (lat, lon)": pinned), else the quote's speaker
//   linking                 → a claim's sources (http and https addresses, or citations as text)
//   describing              → a figure's reading on a figure, else the note
//   commenting, no purpose, anything else → the note
// A body without a purpose takes the annotation's motivation when it is the only body.

import type { AnnotationFields, ClaimFields, Source } from '../../domain/fields';
import { geonamesIdOf, parseFigure, parsePlace, parseSource, parseSpeaker } from '../facts-text';
import type { Vocabulary } from '../foreign';
import { geonamesPlace } from '../places';

type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export interface BodyFacts {
  /** Tag names, in the order the bodies give them. */
  tags: string[];
  note: string;
  fields: AnnotationFields;
}

const purposeOf = (b: unknown, fallback: string | null): string | null => {
  const p = isObj(b) ? list(b.purpose).map(String)[0] : undefined;
  return (p ?? fallback)?.replace(/^oa:/, '') ?? null;
};

/** The resource a SpecificResource (or an external body) points at: its address and title. */
function resource(b: unknown): { id: string | null; title: string | null; lat: number | null; lon: number | null } {
  if (typeof b === 'string') return { id: b, title: null, lat: null, lon: null };
  if (!isObj(b)) return { id: null, title: null, lat: null, lon: null };
  const src = b.source ?? b;
  if (typeof src === 'string') return { id: src, title: str(b.title) ?? str(b.label), lat: null, lon: null };
  if (!isObj(src)) return { id: null, title: null, lat: null, lon: null };
  const num = (...vs: unknown[]) => {
    for (const v of vs) if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))) return Number(v);
    return null;
  };
  const geometry = isObj(src.geometry) && Array.isArray(src.geometry.coordinates) ? (src.geometry.coordinates as unknown[]) : [];
  return {
    id: str(src.id) ?? str(src['@id']),
    title: str(src.title) ?? str(src.label) ?? str(src.name) ?? str(b.title),
    lat: num(src.lat, src.latitude, src['geo:lat'], geometry[1]),
    lon: num(src.long, src.lon, src.longitude, src['geo:long'], geometry[0]),
  };
}

const textOf = (b: unknown): string | null => (typeof b === 'string' ? null : isObj(b) ? (str(b.value) ?? str(b.chars) ?? str(b['rdf:value'])) : null);

/** The moment a verdict was given, as a date (YYYY, YYYY-MM or YYYY-MM-DD). */
function checkedDate(v: unknown): string | null {
  const s = str(v)?.trim();
  if (!s) return null;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(s);
  return m ? m[1]! : null;
}

function creatorName(c: unknown): string | null {
  const first = list(c)[0];
  if (typeof first === 'string') return first;
  return isObj(first) ? (str(first.name) ?? str(first.nickname)) : null;
}

/** What the bodies say; `isFigure` tells whether a tag name is the figure tag (whose description is its reading). */
export function readBodies(bodies: unknown[], motivation: unknown, vocab: Vocabulary, exact: string, isFigure: (tag: string) => boolean): BodyFacts {
  const single = bodies.length === 1 ? (list(motivation).map(String)[0] ?? null) : null;
  const tags: string[] = [];
  const notes: string[] = [];
  const descriptions: string[] = [];
  const fields: AnnotationFields = {};
  const sources: Source[] = [];
  let verdict: string | null = null;
  const rationale: string[] = [];
  let checkedBy: string | null = null;
  let checkedAt: string | null = null;
  for (const b of bodies) {
    const purpose = purposeOf(b, single);
    const text = textOf(b);
    const res = resource(b);
    switch (purpose) {
      case 'tagging':
      case 'classifying': {
        const name = text ?? res.title ?? res.id?.replace(/[/#]+$/, '').replace(/^.*[/#]/, '') ?? null;
        if (name?.trim()) tags.push(name.trim());
        break;
      }
      case 'assessing':
        if (text === null) break;
        if (verdict === null && text.trim()) {
          verdict = text.trim();
          checkedBy = isObj(b) ? creatorName(b.creator) : null;
          checkedAt = isObj(b) ? checkedDate(b.created) : null;
        } else rationale.push(text);
        break;
      case 'identifying': {
        const geonames = res.id ? geonamesIdOf(res.id) : null;
        const geo = res.id ? /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/i.exec(res.id) : null;
        // A GeoNames IRI and a "Name (lat, lon, CC)" body together: the place with its coordinates (our export writes both).
        const pinned = text !== null ? parsePlace(text) : null;
        const here = fields.location;
        if (geonames) fields.location = here && !here.geonamesId ? { ...here, geonamesId: geonames, manual: false } : geonamesPlace(geonames, { name: res.title, lat: res.lat, lon: res.lon });
        else if (geo) fields.location = { name: (res.title || exact || 'Pin').slice(0, 300), country: null, lat: Number(geo[1]), lon: Number(geo[2]), geonamesId: null, manual: true };
        else if (pinned) fields.location = here?.geonamesId ? { ...pinned, geonamesId: here.geonamesId, manual: false } : pinned;
        else if (text !== null && text.trim()) {
          const p = parseSpeaker(text);
          fields.quote = { speakerId: vocab.person(p.name, p.role) };
        } else if (res.title) fields.quote = { speakerId: vocab.person(res.title) };
        else if (res.id) notes.push(res.id);
        break;
      }
      case 'linking': {
        const link = res.id ? parseSource(res.id) : text ? parseSource(text) : null;
        if (link?.url) sources.push({ url: link.url, title: (res.title ?? link.title).slice(0, 500) });
        else if (link) sources.push({ url: null, title: [res.title, link.title].filter(Boolean).join(' — ').slice(0, 500) });
        else if (text ?? res.id) notes.push((text ?? res.id)!);
        break;
      }
      case 'describing':
        if (text !== null) descriptions.push(text);
        break;
      default:
        if (text !== null && text !== '') notes.push(text);
        else if (res.id && geonamesIdOf(res.id)) fields.location = geonamesPlace(geonamesIdOf(res.id)!, { name: res.title, lat: res.lat, lon: res.lon });
        else if (res.id) notes.push(res.id);
    }
  }
  // A describing body on a figure is its reading, when it reads as one; otherwise it is said in the note.
  for (const d of descriptions) {
    const reading = tags.some(isFigure) && !fields.figure ? parseFigure(d, exact) : null;
    if (reading) fields.figure = reading;
    else notes.push(d);
  }
  if (verdict !== null || rationale.length || sources.length) {
    const claim: ClaimFields = { verdict: verdict ? vocab.verdict(verdict) : null, rationale: rationale.join('\n\n').slice(0, 20_000), sources: sources.slice(0, 100), checkedBy: checkedBy?.slice(0, 200) ?? null, checkedAt };
    fields.claim = claim;
  }
  return { tags, note: notes.join('\n\n'), fields };
}
