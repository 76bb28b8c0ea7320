// Exports: read the chosen documents (or the whole study) once, then hand the snapshot to
// the format's writer. Text formats come back as UTF-8, archives as base64.

import { randomUUID } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../contract';
import { AppError } from '../errors';
import { toBrat } from '../formats/brat';
import { claimReviews } from '../formats/claimreview';
import { annotationsToCsv } from '../formats/csv-annotations';
import type { ExportData } from '../formats/export-data';
import { locationsToGeoJson } from '../formats/geojson';
import { safeFileName } from '../formats/ids';
import { writePackage } from '../formats/package';
import { toRefi } from '../formats/refi';
import { toW3CCollection } from '../formats/w3c';
import type { Study } from '../store/study';
import type { Block } from '../text/model';

export const APP = { name: 'Sourcemark', version: '0.2.0' };
export const EXPORT_FORMATS = ['w3c', 'package', 'brat', 'csv', 'refi', 'claimreview', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the chosen documents hold, read in one go. */
export function exportData(study: Study, documentIds: readonly string[] | undefined, now: string): ExportData {
  const all = study.documents.list();
  const chosen = documentIds ? documentIds.map((id) => all.find((d) => d.id === id)) : [...all].sort((a, b) => a.title.localeCompare(b.title));
  if (chosen.some((d) => !d)) throw new AppError('not_found', 'One of the chosen documents is no longer in this study.');
  return {
    study: { id: study.meta.id, name: study.meta.name },
    generated: now,
    generator: APP,
    documents: chosen.map((summary) => ({
      summary: summary!,
      text: study.documents.content(summary!.id)!.text,
      annotations: study.annotations.listByDocument(summary!.id),
    })),
    tags: study.tags.list(),
    verdicts: study.verdicts.list(),
    people: study.people.list(),
  };
}

const text = (fileName: string, mimeType: string, content: string): ExportFile => ({ fileName, mimeType, content, encoding: 'utf8' });
const binary = (fileName: string, mimeType: string, bytes: Uint8Array): ExportFile => ({ fileName, mimeType, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' });

export function exportAs(study: Study, format: ExportFormat, documentIds: readonly string[] | undefined, now: string): ExportFile {
  const data = exportData(study, documentIds, now);
  const single = data.documents.length === 1 && documentIds?.length === 1 ? data.documents[0]!.summary : undefined;
  const base = safeFileName(single ? single.title : study.meta.name);
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  switch (format) {
    case 'w3c':
      return text(`${base}.annotations.jsonld`, 'application/ld+json', json(toW3CCollection(data, `urn:uuid:${randomUUID()}`, single ? `${study.meta.name}: ${single.title}` : study.meta.name)));
    case 'csv':
      return text(`${base}.annotations.csv`, 'text/csv', annotationsToCsv(data));
    case 'geojson':
      return text(`${base}.locations.geojson`, 'application/geo+json', json(locationsToGeoJson(data)));
    case 'claimreview':
      return text(`${base}.claimreview.jsonld`, 'application/ld+json', json(claimReviews(data, study.meta.name)));
    case 'brat': {
      const files = Object.fromEntries(toBrat(data).map((f) => [f.name, strToU8(f.content)]));
      return binary(`${base}.brat.zip`, 'application/zip', zipSync(files));
    }
    case 'refi': {
      const project = toRefi(data);
      const files: Record<string, Uint8Array> = { 'project.qde': strToU8(project.projectXml) };
      for (const [name, content] of Object.entries(project.sources)) files[name] = strToU8(content);
      return binary(`${base}.qdpx`, 'application/zip', zipSync(files));
    }
    case 'package': {
      const ids = new Set(data.documents.map((d) => d.summary.id));
      const blocks = new Map<string, Block[]>(data.documents.map((d) => [d.summary.id, study.documents.content(d.summary.id)!.blocks]));
      const changes = study.exchange.changes(ids);
      const tombstones = study.annotations.tombstones(ids);
      // Whoever worked on these documents: authors, editors, deleters.
      const names = new Set([...data.documents.flatMap((d) => d.annotations.map((a) => a.author)), ...changes.map((c) => c.author), ...tombstones.map((t) => t.author)]);
      const contributors = study.exchange.contributors().filter((c) => names.has(c.name)).map(({ annotations: _n, ...c }) => c);
      return binary(`${base}.sourcemark.zip`, 'application/zip', writePackage(data, { blocks, tombstones, contributors, changes }));
    }
  }
}
