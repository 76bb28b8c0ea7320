// Another study as an import source, read in an isolated child process (see isolation/):
// its bytes are written to a private temporary folder, checked like any study we open
// (header, exact schema of its version, quick check), upgraded there if older, and read
// whole. The file the user chose is never opened, let alone changed. What the study says of
// its documents' files, its deleted documents and its collections is checked with the same
// rules as a package's entries: its schema was verified, its values were not.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { CollectionEntrySchema, DocumentSourceSchema, DocumentTombstoneSchema, firstIssue } from '../domain/entities';
import { AppError } from '../domain/errors';
import { InputError } from '../input/errors';
import { LATEST_VERSION } from '../store/migrations';
import { checkStudyFile } from '../store/open';
import { Study } from '../store/study';
import type { Incoming } from './read';

function valid<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new InputError(`${what} is not valid (${firstIssue(r.error)})`);
  return r.data;
}

export function readStudySource(origin: string, bytes: Uint8Array): Incoming {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-import-'));
  const copy = path.join(dir, 'incoming.sourcemark');
  fs.writeFileSync(copy, bytes, { mode: 0o600 });
  let study: Study | undefined;
  try {
    try {
      const version = checkStudyFile(copy);
      study = version < LATEST_VERSION ? Study.open(copy) : Study.openReadOnly(copy);
    } catch (e) {
      if (e instanceof AppError) throw new InputError(e.message.replace(/^Cannot open “incoming\.sourcemark”: /, ''));
      throw e;
    }
    const s = study;
    const tagNames = new Map(s.tags.list().map((t) => [t.id, t.name]));
    const docs = s.documents.list();
    const sourceOf = (id: string) => {
      const found = s.sources.get(id);
      if (!found) return null;
      const { originalKept: _kept, ...facts } = found;
      return valid(DocumentSourceSchema, facts, `the source of document ${id}`);
    };
    const members = new Map<string, string[]>();
    for (const d of docs) if (d.collectionId) (members.get(d.collectionId) ?? members.set(d.collectionId, []).get(d.collectionId)!).push(d.id);
    const collections = s.collections.list().map((c) => valid(CollectionEntrySchema, { name: c.name, created: c.created, documents: members.get(c.id) ?? [] }, `collection “${c.name.slice(0, 100)}”`));
    return {
      origin,
      kind: 'study',
      documents: docs.map((d) => {
        const content = s.documents.content(d.id)!;
        return { ref: d.id, text: content.text, blocks: content.blocks, meta: { title: d.title, fileName: d.fileName, format: d.format, author: d.author, location: d.location, sourceUrl: d.sourceUrl, published: d.published, importedAt: d.importedAt }, source: sourceOf(d.id) };
      }),
      annotations: s.annotations.listAll().map((a) => ({ ...a, documentRef: a.documentId, tagId: a.tag, tagName: tagNames.get(a.tag) ?? a.tag })),
      tags: s.tags.list(),
      verdicts: s.verdicts.list(),
      people: s.people.list(),
      tombstones: s.annotations.tombstones(),
      contributors: s.provenance.contributors().map(({ annotations: _n, ...c }) => c),
      changes: s.provenance.changes(),
      documentTombstones: s.trash.tombstones().map((t) => valid(DocumentTombstoneSchema, t, `the deletion of document ${t.id.slice(0, 100)}`)),
      collections,
    };
  } finally {
    study?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
