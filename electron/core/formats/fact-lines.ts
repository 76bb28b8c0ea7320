// An annotation's note and facts as lines of plain text, for formats whose annotations hold
// only text (brat notes, REFI-QDA descriptions): the note's own lines first, then one line
// per fact after its key. A note line that starts like a key is written after "note: ", so
// every line reads back as what it was.
//   verdict: True                      checked by: Ana Checker        checked on: 2026-03-18
//   rationale: (one line each)         source: https://… Its title
//   speaker: Name (role)               value: at least 400 people     place: Aksy (41.43, 71.5, KG)
//   geonames: 1527534 (when the format has no place of its own for it; brat has N lines)

import type { AnnotationFields, ClaimFields } from '../domain/fields';
import type { Annotation } from '../domain/types';
import type { ExportIndex } from './export-data';
import { figureText, parseFigure, parsePlace, parseSource, parseSpeaker, placeText, sourceText, speakerText } from './facts-text';
import type { Vocabulary } from './foreign';
import { geonamesPlace } from './places';

const KEYS = ['verdict', 'speaker', 'value', 'place', 'geonames', 'rationale', 'source', 'checked by', 'checked on', 'note'] as const;
const KEYED = new RegExp(`^(${KEYS.join('|')}): ?(.*)$`, 'i');

/** The lines for an annotation; `verdict` and `geonames` false when the format has its own place for them (brat attributes and normalizations). */
export function factLines(a: Annotation, ix: ExportIndex, { verdict, geonames }: { verdict: boolean; geonames: boolean }): string[] {
  const lines = a.note ? a.note.split('\n').map((l) => (KEYED.test(l) ? `note: ${l}` : l)) : [];
  const v = verdict ? ix.verdict(a) : null;
  if (v) lines.push(`verdict: ${v.label}`);
  const speaker = ix.speaker(a);
  if (speaker) lines.push(`speaker: ${speakerText(speaker)}`);
  const figure = ix.figure(a);
  const reading = figure ? figureText(figure) : null;
  if (reading) lines.push(`value: ${reading}`);
  const place = ix.place(a);
  if (place && place.lat !== null) lines.push(`place: ${placeText(place)}`);
  if (geonames && place?.geonamesId) lines.push(`geonames: ${place.geonamesId}`);
  const claim = ix.kind(a) === 'claim' ? a.fields.claim : undefined;
  if (claim) {
    if (claim.rationale) lines.push(...claim.rationale.split('\n').map((l) => `rationale: ${l}`));
    for (const s of claim.sources) lines.push(`source: ${sourceText(s)}`);
    if (claim.checkedBy) lines.push(`checked by: ${claim.checkedBy}`);
    if (claim.checkedAt) lines.push(`checked on: ${claim.checkedAt}`);
  }
  return lines.map((l) => l.replace(/[\t\r]+/g, ' '));
}

/** What the lines of one annotation said so far. */
export class FactDraft {
  readonly notes: string[] = [];
  readonly fields: AnnotationFields = {};
  private claim: { verdict?: string | null; rationale?: string[]; sources?: ClaimFields['sources']; checkedBy?: string; checkedAt?: string } | null = null;

  constructor(private readonly vocab: Vocabulary) {}

  setVerdict(label: string): void {
    (this.claim ??= {}).verdict = this.vocab.verdict(label);
  }

  /** Read one line; `written` is the annotated text (a figure's words). */
  line(text: string, written: string): void {
    const m = KEYED.exec(text);
    if (!m) return void this.notes.push(text);
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    const c = () => (this.claim ??= {});
    switch (key) {
      case 'note':
        return void this.notes.push(value);
      case 'verdict':
        return value.trim() ? this.setVerdict(value) : void this.notes.push(text);
      case 'speaker': {
        const p = parseSpeaker(value);
        this.fields.quote = { speakerId: this.vocab.person(p.name, p.role) };
        return;
      }
      case 'value': {
        const f = parseFigure(value, written);
        return f ? void (this.fields.figure = f) : void this.notes.push(text);
      }
      case 'place': {
        const p = parsePlace(value);
        if (!p) return void this.notes.push(text);
        const id = this.fields.location?.geonamesId ?? null;
        this.fields.location = id ? { ...p, geonamesId: id, manual: false } : p;
        return;
      }
      case 'geonames': {
        const id = Number(value.trim());
        if (!Number.isSafeInteger(id) || id <= 0) return void this.notes.push(text);
        const here = this.fields.location;
        this.fields.location = here ? { ...here, geonamesId: id, manual: false } : geonamesPlace(id, {});
        return;
      }
      case 'rationale':
        return void (c().rationale ??= []).push(value);
      case 'source': {
        const s = parseSource(value);
        return s ? void (c().sources ??= []).push(s) : void this.notes.push(text);
      }
      case 'checked by':
        return void (c().checkedBy = value.slice(0, 200));
      case 'checked on':
        return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? void (c().checkedAt = value) : void this.notes.push(text);
    }
  }

  /** The note and the fields, the claim's put together. */
  result(): { note: string; fields: AnnotationFields } {
    const fields: AnnotationFields = { ...this.fields };
    const c = this.claim;
    if (c) fields.claim = { verdict: c.verdict ?? null, rationale: (c.rationale ?? []).join('\n').slice(0, 20_000), sources: (c.sources ?? []).slice(0, 100), checkedBy: c.checkedBy ?? null, checkedAt: c.checkedAt ?? null };
    return { note: this.notes.join('\n'), fields };
  }
}
