// Each export format checked against its published definition: brat's standoff spec (and
// its own example files, to prove the checker), the REFI-QDA Project.xsd, RFC 4180 CSV,
// GeoJSON (RFC 7946) and schema.org ClaimReview. Offsets must be code-point slices.

import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { fixtureStudy } from '../test-support/fixture-study';
import { repoRoot } from '../test-support/samples';
import { ANNOTATION_CSV_COLUMNS } from './csv';

const { s, doc, text, ids } = await fixtureStudy();
const cps = Array.from(text);
const slice = (start: number, end: number) => cps.slice(start, end).join('');
const unzip = (b64: string) => Object.fromEntries(Object.entries(unzipSync(Buffer.from(b64, 'base64'))).map(([k, v]) => [k, strFromU8(v)]));
const live = s.study.annotations.listByDocument(doc.id);

// ---- brat standoff --------------------------------------------------------------------

/** A checker for brat's standoff format, following https://brat.nlplab.org/standoff.html. */
function checkStandoff(txt: string, ann: string): string[] {
  const chars = Array.from(txt);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [n, line] of ann.split('\n').entries()) {
    if (!line) continue;
    const where = `line ${n + 1}`;
    let m: RegExpExecArray | null;
    if ((m = /^(T\d+)\t(\S+) ((?:\d+ \d+)(?:;\d+ \d+)*)\t(.*)$/.exec(line))) {
      ids.add(m[1]!);
      const frags = m[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      const covered = frags.map(([a, b]) => chars.slice(a, b).join('')).join(' ');
      if (covered !== m[4]) problems.push(`${where}: text ${JSON.stringify(m[4])} is not the span ${JSON.stringify(covered)}`);
      for (const [a, b] of frags) if (!(a < b) || chars.slice(a, b).includes('\n')) problems.push(`${where}: bad fragment ${a} ${b}`);
    } else if ((m = /^(A\d+)\t(\S+) (T\d+|E\d+)(?: (\S+))?$/.exec(line))) {
      if (!ids.has(m[3]!) && m[3]!.startsWith('T')) problems.push(`${where}: attribute of unknown ${m[3]}`);
    } else if ((m = /^(N\d+)\t(\S+) (T\d+) (\S+:\S+)\t(.*)$/.exec(line))) {
      if (!ids.has(m[3]!)) problems.push(`${where}: normalization of unknown ${m[3]}`);
    } else if ((m = /^(#\d+)\t(\S+) (\S+)\t(.*)$/.exec(line))) {
      if (/\t|\n/.test(m[4]!)) problems.push(`${where}: note with a line break`);
    } else if (/^[ERM*]\d*\t/.test(line)) {
      // events, relations, equivalences: not written by Sourcemark, accepted when reading
    } else problems.push(`${where}: not a standoff line: ${line}`);
  }
  return problems;
}

describe('brat standoff', () => {
  it('the checker accepts brat’s own tutorial examples', async () => {
    const dir = path.join(repoRoot, 'test-fixtures/validators/brat/examples/tutorial-news');
    const anns = fs.readdirSync(dir).filter((f) => f.endsWith('.ann'));
    expect(anns.length).toBeGreaterThan(5);
    for (const f of anns) {
      const txt = fs.readFileSync(path.join(dir, f.replace(/\.ann$/, '.txt')), 'utf8').replace(/\r\n?/g, '\n');
      expect(checkStandoff(txt, fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual([]);
    }
  });

  it('the checker catches a wrong span', async () => {
    expect(checkStandoff('Osh and Bishkek', 'T1\tLocation 0 3\tBis\n')).toHaveLength(1);
  });

  const files = unzip(s.exportAs({ format: 'brat', documentIds: [doc.id] }).content);
  const base = 'Anti-Government_Protests_Solidify_in_South';

  it('writes a .txt and .ann per document and the configuration (types, names and colours, keys)', async () => {
    expect(Object.keys(files).sort()).toEqual([`${base}.ann`, `${base}.txt`, 'annotation.conf', 'kb_shortcuts.conf', 'visual.conf']);
    expect(files['visual.conf']).toContain('[drawing]\nClaim\tbgColor:#D55E00');
    expect(files['kb_shortcuts.conf']).toBe('1 Claim\n3 Figure\n4 Location\n2 Quote\n');
    expect(files[`${base}.txt`]).toBe(text);
    expect(files['annotation.conf']).toContain('[entities]\nClaim\nFigure\nLocation\nQuote');
    expect(files['annotation.conf']).toMatch(/Verdict\tArg:<ENTITY>, Value:Misleading\|True/);
  });

  it('follows the standoff format, every span the code-point slice of the .txt', async () => {
    expect(checkStandoff(files[`${base}.txt`]!, files[`${base}.ann`]!)).toEqual([]);
  });

  it('writes verdicts as A lines, GeoNames as N lines, notes and facts as AnnotatorNotes, line-crossing spans as fragments', async () => {
    const ann = files[`${base}.ann`]!;
    expect(ann).toMatch(/^A\d+\tVerdict T\d+ True$/m);
    expect(ann).toMatch(/^N\d+\tReference T\d+ GeoNames:1527534\tOsh$/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T\d+\tspeaker: Ishengul Boljurova \(deputy chair/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T\d+\tvalue: at least 400 people$/m);
    expect(ann).toMatch(/^T\d+\tClaim \d+ \d+;\d+ \d+\tOtunbaeva sees/m);
    expect(ann.match(/^T\d+/gm)).toHaveLength(live.length);
  });
});

// ---- REFI-QDA ------------------------------------------------------------------------

describe('REFI-QDA project (.qdpx)', () => {
  const file = s.exportAs({ format: 'refi' });
  const files = unzip(file.content);

  it('is valid against the REFI-QDA Project.xsd', async () => {
    const xsd = fs.readFileSync(path.join(repoRoot, 'test-fixtures/validators/refi/Project.xsd'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: files['project.qde']! }], schema: [xsd] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validation can fail (a selection without positions is refused)', async () => {
    const xsd = fs.readFileSync(path.join(repoRoot, 'test-fixtures/validators/refi/Project.xsd'), 'utf8');
    const broken = files['project.qde']!.replace(/ startPosition="\d+"/, '');
    expect((await validateXML({ xml: [{ fileName: 'project.qde', contents: broken }], schema: [xsd] })).valid).toBe(false);
  });

  it('holds the codebook, the text and selections at code-point positions', async () => {
    expect(file.fileName).toBe('My study.qdpx');
    const xml = files['project.qde']!;
    expect(xml.match(/<Code /g)).toHaveLength(4);
    const source = Object.keys(files).find((k) => k.startsWith('sources/'))!;
    expect(files[source]).toBe(text);
    const selections = [...xml.matchAll(/<PlainTextSelection guid="([^"]+)" name="[^"]*" startPosition="(\d+)" endPosition="(\d+)"/g)];
    expect(selections).toHaveLength(live.length);
    for (const [, guid, start, end] of selections) {
      expect(slice(Number(start), Number(end))).toBe(live.find((a) => a.id === guid)!.exact);
    }
  });
});

// ---- CSV -------------------------------------------------------------------------------

describe('CSV', () => {
  const csv = s.exportAs({ format: 'csv' }).content;
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

  it('is RFC 4180 with a header row and one row per annotation', async () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...ANNOTATION_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(live.length);
    expect(csv.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('keeps the facts and code-point offsets', async () => {
    const byId = new Map(parsed.data.map((r) => [r.annotation_id, r]));
    const claim = byId.get(ids.claim)!;
    expect(claim).toMatchObject({ tag: 'Claim', verdict: 'True', note: 'Check against RFE/RL reporting.' });
    expect(slice(Number(claim.start), Number(claim.end))).toBe(claim.text);
    expect(byId.get(ids.figure)).toMatchObject({ value: '400', unit: 'people' });
    expect(byId.get(ids.osh)).toMatchObject({ place: 'Osh', country: 'KG', geonames_id: '1527534' });
    expect(byId.get(ids.quote)!.speaker).toMatch(/^Ishengul Boljurova \(/);
  });

  it('cannot be used for formula injection', async () => {
    expect(parsed.data.find((r) => r.annotation_id === ids.osh)!.note).toBe(`'=HYPERLINK("http://evil")`);
  });
});

// ---- GeoJSON ---------------------------------------------------------------------------

describe('GeoJSON', () => {
  const geo = JSON.parse(s.exportAs({ format: 'geojson' }).content);
  it('is a FeatureCollection of Points in [longitude, latitude] order', async () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { geometry: unknown }) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [72.7985, 40.52828] },
      { type: 'Point', coordinates: [71.5, 41.43] },
    ]);
    expect(geo.features[0].properties).toMatchObject({ name: 'Osh', geonamesUri: 'https://sws.geonames.org/1527534/', quote: 'Osh', documentId: doc.id });
    expect(geo.features[1].properties).toMatchObject({ name: 'Aksy', geonamesId: null, pinnedByHand: true });
  });
});

// ---- ClaimReview -------------------------------------------------------------------------

describe('ClaimReview', () => {
  const reviews = JSON.parse(s.exportAs({ format: 'claimreview' }).content);
  it('has a review for each concluded claim, in schema.org terms', async () => {
    expect(reviews).toHaveLength(2); // the third claim is still unchecked
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: 'https://iwpr.net/global-voices/anti-government-protests-solidify-south' });
    }
    const jalalabad = reviews.find((r: { claimReviewed: string }) => r.claimReviewed.includes('Jalalabad'));
    expect(jalalabad).toMatchObject({ reviewRating: { alternateName: 'True' }, author: { name: 'Ana Checker' }, datePublished: '2026-03-18', reviewBody: 'RFE/RL, 4 March 2005' });
    expect(jalalabad.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://www.rferl.org/a/1057723.html', name: 'RFE/RL: Jalal-Abad' }]);
    expect(jalalabad.itemReviewed.author).toBeUndefined();
  });

  it('names the speaker as the author of a claim made inside a quote', async () => {
    const fled = reviews.find((r: { claimReviewed: string }) => r.claimReviewed === 'The governor has fled');
    expect(fled.reviewRating.alternateName).toBe('Misleading');
    expect(fled.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Ishengul Boljurova', jobTitle: "deputy chair of the opposition People's Movement of Kyrgyzstan" });
  });
});
