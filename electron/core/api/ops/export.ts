// Exports: read the chosen documents (or the whole study) once, then hand the snapshot to
// the format's writer. Text formats come back as UTF-8, archives as base64.

import { z } from 'zod';
import pkg from '../../../../package.json';
import { DocumentId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import type { ExportData, ExportHistory } from '../../formats/export-data';
import { writerFor } from '../../formats/registry';
import { safeFileName } from '../../formats/ids';
import type { Study } from '../../store/study';
import type { Block } from '../../text/model';
import type { DocumentHead } from '../../domain/types';

/** Who writes the files: the name and the version from package.json, so they cannot disagree. */
export const APP = { name: 'Sourcemark', version: pkg.version };
export const EXPORT_FORMATS = ['w3c', 'package', 'brat', 'csv', 'refi', 'claimreview', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequests = {
  /** One document, chosen documents, or (no ids) the whole study, in one of the open formats. */
  exportAs: z.object({ format: z.enum(EXPORT_FORMATS), documentIds: z.array(DocumentId).min(1).max(100_000).optional() }),
};

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file: UTF-8 text, or base64 for archives. */
  content: string;
  encoding: 'utf8' | 'base64';
}

/** What the chosen documents hold, read in one go. */
export function exportData(study: Study, documentIds: readonly string[] | undefined, now: string, withHistory = false): ExportData {
  const all = study.documents.heads();
  const chosen = documentIds ? documentIds.map((id) => all.find((d) => d.id === id)) : [...all].sort((a, b) => a.title.localeCompare(b.title));
  if (chosen.some((d) => !d)) throw new AppError('not_found', 'One of the chosen documents is no longer in this study.');
  const single = chosen.length === 1 && documentIds?.length === 1 ? chosen[0]! : undefined;
  const documents = chosen.map((summary) => ({
    summary: summary!,
    text: study.documents.content(summary!.id)!.text,
    annotations: study.annotations.listByDocument(summary!.id),
    source: study.sources.get(summary!.id),
  }));
  return {
    study: { id: study.meta.id, name: study.meta.name },
    label: single ? `${study.meta.name}: ${single.title}` : study.meta.name,
    generated: now,
    generator: APP,
    documents,
    tags: study.tags.list(),
    verdicts: study.verdicts.list(),
    people: study.people.list(),
    ...(withHistory ? { history: exportHistory(study, chosen as DocumentHead[], documents.flatMap((d) => d.annotations.map((a) => a.author)), !documentIds) } : {}),
  };
}

/**
 * What a lossless copy carries: structure, deletions, history, whoever worked on the
 * documents, and their collections. The whole study also carries its deleted documents and
 * every collection (empty ones too); a selection only the collections its documents are in.
 */
function exportHistory(study: Study, chosen: readonly DocumentHead[], authors: readonly string[], whole: boolean): ExportHistory {
  const ids = new Set(chosen.map((d) => d.id));
  const blocks = new Map<string, Block[]>([...ids].map((id) => [id, study.documents.content(id)!.blocks]));
  const changes = study.provenance.changes(ids);
  const tombstones = study.annotations.tombstones(ids);
  // A document imported again after its deletion is no longer deleted.
  const documentTombstones = whole ? study.trash.tombstones().filter((t) => !ids.has(t.id)) : [];
  const names = new Set([...authors, ...changes.map((c) => c.author), ...tombstones.map((t) => t.author), ...documentTombstones.map((t) => t.author)]);
  const contributors = study.provenance.contributors().filter((c) => names.has(c.name)).map(({ annotations: _n, ...c }) => c);
  const members = new Map<string, string[]>();
  for (const d of chosen) {
    if (!d.collectionId) continue;
    const list = members.get(d.collectionId);
    if (list) list.push(d.id);
    else members.set(d.collectionId, [d.id]);
  }
  const collections = study.collections
    .list()
    .filter((c) => whole || members.has(c.id))
    .map((c) => ({ name: c.name, created: c.created, documents: members.get(c.id) ?? [] }));
  return { blocks, tombstones, contributors, changes, documentTombstones, collections };
}

export function exportAs(study: Study, format: ExportFormat, documentIds: readonly string[] | undefined, now: string): ExportFile {
  const writer = writerFor(format);
  if (!writer) throw new AppError('bad_input', `Sourcemark cannot write ${format}.`);
  const data = exportData(study, documentIds, now, writer.history ?? false);
  const single = data.documents.length === 1 && documentIds?.length === 1 ? data.documents[0]!.summary : undefined;
  const content = writer.write(data);
  const fileName = writer.fileName(safeFileName(single ? single.title : study.meta.name));
  return typeof content === 'string'
    ? { fileName, mimeType: writer.mediaType, content, encoding: 'utf8' }
    : { fileName, mimeType: writer.mediaType, content: Buffer.from(content).toString('base64'), encoding: 'base64' };
}
