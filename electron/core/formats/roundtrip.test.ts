// A round trip per export format: each file is read back with an independent reader of the
// format, and what it says must be exactly what the study holds (spans in code points, tags,
// verdicts, places, notes). W3C, the package and study files are imported for real in
// exchange/roundtrip.test.ts; these formats are one-way for other tools, so here the reader
// is the test's own.

import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureStudy } from '../test-support/fixture-study';
import type { Annotation } from '../domain/types';

const { s, doc } = await fixtureStudy();
const live = s.study.annotations.listByDocument(doc.id);
const tagName = (id: string) => s.study.tags.get(id)!.name;
const verdictLabel = (a: Annotation) => (a.fields.claim?.verdict ? s.study.verdicts.list().find((v) => v.id === a.fields.claim!.verdict)!.label : null);
const unzip = (b64: string) => Object.fromEntries(Object.entries(unzipSync(Buffer.from(b64, 'base64'))).map(([k, v]) => [k, strFromU8(v)]));
const byStart = <T extends { start: number; end: number }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start || b.end - a.end);

describe('round trips through the one-way formats', () => {
  it('brat standoff: every T line is an annotation, with its verdict and GeoNames reference', async () => {
    const files = unzip(s.exportAs({ format: 'brat' }).content);
    const ann = Object.entries(files).find(([k]) => k.endsWith('.ann'))![1];
    const spans = new Map<string, { tag: string; start: number; end: number; verdict: string | null; geonames: number | null }>();
    for (const line of ann.split('\n')) {
      const [id, head] = line.split('\t');
      if (!id || !head) continue;
      const parts = head.split(' ');
      if (id.startsWith('T')) {
        const frags = head.slice(parts[0]!.length + 1).split(';').map((f) => f.split(' ').map(Number));
        spans.set(id, { tag: parts[0]!, start: frags[0]![0]!, end: frags[frags.length - 1]![1]!, verdict: null, geonames: null });
      } else if (id.startsWith('A')) spans.get(parts[1]!)!.verdict = parts[2]!;
      else if (id.startsWith('N')) spans.get(parts[1]!)!.geonames = Number(parts[2]!.replace('GeoNames:', ''));
    }
    expect(byStart([...spans.values()])).toEqual(
      byStart(live.map((a) => ({ tag: tagName(a.tag), start: a.start, end: a.end, verdict: verdictLabel(a), geonames: a.fields.location?.geonamesId ?? null }))),
    );
  });

  it('CSV: every row is an annotation with its id, span, text, note and facts', async () => {
    const csv = s.exportAs({ format: 'csv' }).content.replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const unguard = (v: string) => v.replace(/^'(?=[=+\-@\t\r])/, '');
    expect(
      rows.map((r) => ({ id: r.annotation_id, tag: r.tag, start: Number(r.start), end: Number(r.end), text: r.text, note: unguard(r.note!), verdict: r.verdict || null, place: r.place || null, author: r.author })),
    ).toEqual(
      live.map((a) => ({ id: a.id, tag: tagName(a.tag), start: a.start, end: a.end, text: a.exact, note: a.note, verdict: verdictLabel(a), place: a.fields.location?.name ?? null, author: a.author })),
    );
  });

  it('REFI-QDA: every PlainTextSelection is an annotation coded with its tag', async () => {
    const files = unzip(s.exportAs({ format: 'refi' }).content);
    const xml = files['project.qde']!;
    // The selection's text is the code-point slice of its source (its name is only a label).
    const source = Array.from(Object.entries(files).find(([k]) => k.startsWith('sources/'))![1]);
    const codes = new Map([...xml.matchAll(/<Code guid="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const selections = [...xml.matchAll(/<PlainTextSelection guid="([^"]+)" name="[^"]*" startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g)].map((m) => ({
      id: m[1]!,
      text: source.slice(Number(m[2]), Number(m[3])).join(''),
      start: Number(m[2]),
      end: Number(m[3]),
      tag: codes.get(m[4]!)!,
    }));
    expect(byStart(selections)).toEqual(byStart(live.map((a) => ({ id: a.id, text: a.exact, start: a.start, end: a.end, tag: tagName(a.tag) }))));
  });

  it('GeoJSON: every feature is a located annotation, at its coordinates', async () => {
    const geo = JSON.parse(s.exportAs({ format: 'geojson' }).content) as { features: Array<{ id: string; geometry: { coordinates: [number, number] }; properties: { quote: string; geonamesId: number | null } }> };
    const located = live.filter((a) => a.fields.location && a.fields.location.lat !== null);
    expect(geo.features.map((f) => ({ id: f.id, lonlat: f.geometry.coordinates, quote: f.properties.quote, geonames: f.properties.geonamesId }))).toEqual(
      located.map((a) => ({ id: a.id, lonlat: [a.fields.location!.lon, a.fields.location!.lat], quote: a.exact, geonames: a.fields.location!.geonamesId })),
    );
  });

  it('ClaimReview: every review is a claim with a conclusion, with its words and rating', async () => {
    const reviews = JSON.parse(s.exportAs({ format: 'claimreview' }).content) as Array<{ identifier: string; claimReviewed: string; reviewRating: { alternateName: string } }>;
    const concluded = live.filter((a) => a.fields.claim?.verdict && !['unchecked', 'in-progress'].includes(a.fields.claim.verdict));
    expect(reviews.map((r) => ({ id: r.identifier, claim: r.claimReviewed, rating: r.reviewRating.alternateName }))).toEqual(
      concluded.map((a) => ({ id: `urn:uuid:${a.id}`, claim: a.exact, rating: verdictLabel(a) })),
    );
  });
});
