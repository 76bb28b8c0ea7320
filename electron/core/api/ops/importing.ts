// Importing files as documents: whatever the file is (Markdown, text, a saved web page, a
// PDF, a Word file, an EPUB book), it is recognised by its content, extracted off the
// calling thread (ctx.extract) and stored with the file it came from. The same file, or the
// same text, imported again adds nothing. One transaction per file.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DocumentId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import type { DocumentSummary } from '../../domain/types';
import { sniffFormat } from '../../documents/sniff';
import type { ExtractedDocument } from '../../documents/types';
import { detectReader } from '../../formats/registry';
import { SQLITE_MAGIC } from '../../store/header';
import { sha256Hex } from '../../text/article';
import type { Ctx } from './context';

const FileName = z.string().min(1).max(1024);
// Through the browser host a file travels as base64 inside JSON (its body limit is 80 MB).
const Data = z.string().max(70_000_000);

export const importingRequests = {
  /** One file per call, so the UI can show progress and cancel between files. */
  importFile: z.object({ name: FileName, dataBase64: Data, collection: z.string().min(1).max(200).optional(), htmlMode: z.enum(['article', 'page']).optional() }),
  /** Whether a file is a document to read or annotations to merge, from its content. */
  classifyFile: z.object({ name: FileName, dataBase64: z.string().max(79_000_000) }),
  /** A web page imported again from its kept original, as the whole page instead of the article. */
  useWholePage: z.object({ id: DocumentId }),
};
type Req<K extends keyof typeof importingRequests> = z.infer<(typeof importingRequests)[K]>;

export type ImportOutcome =
  | { status: 'imported' | 'duplicate'; fileName: string; document: DocumentSummary; notes: string[] }
  | { status: 'refused'; fileName: string; reason: string }
  /** Not a document but annotations (a package, a study, another tool's file): merge it instead. */
  | { status: 'annotations'; fileName: string };

const baseName = (name: string) => name.replace(/\\/g, '/').replace(/^.*\//, '');

/** Store an extracted document (or find it already there); the caller holds no transaction. */
function store(ctx: Ctx, fileName: string, bytes: Uint8Array, fileSha: string, doc: ExtractedDocument, collection: string | undefined): ImportOutcome {
  const { study } = ctx;
  const id = sha256Hex(doc.text);
  const notes = [...(doc.notes ?? [])];
  const status = study.write(() => {
    if (study.documents.exists(id)) {
      study.documents.enrich(id, doc.metadata);
      return 'duplicate' as const;
    }
    // Imported again after being deleted: it comes back as it was, annotations and all.
    if (study.trash.holds(id)) {
      const n = study.trash.restore(id) && study.annotations.listByDocument(id).length;
      notes.push(n ? `It was in the trash: restored with its ${n} annotation${n === 1 ? '' : 's'}.` : 'It was in the trash: restored.');
      return 'imported' as const;
    }
    // A colleague's deletion of it no longer holds here: the user chose to import it.
    study.trash.liftTombstone(id);
    const collectionId = collection ? study.collections.ensure(collection, ctx.now()).id : null;
    study.documents.insert({ id, fileName, format: doc.format, encoding: doc.encoding, metadata: doc.metadata, blocks: doc.blocks, text: doc.text, length: doc.length, collectionId }, ctx.now());
    study.sources.put(id, {
      format: doc.format,
      mediaType: doc.mediaType,
      fileName,
      size: bytes.length,
      sha256: fileSha,
      extractor: doc.extractor.name,
      extractorVersion: doc.extractor.version,
      htmlMode: doc.htmlMode ?? null,
      pageStarts: doc.pageStarts ?? null,
      notes: doc.notes ?? [],
    });
    if (study.keepsOriginals()) study.sources.keepOriginal(fileSha, bytes);
    return 'imported' as const;
  });
  return { status, fileName, document: study.documents.get(id)!, notes };
}

export async function importFile(ctx: Ctx, { name, dataBase64, collection, htmlMode }: Req<'importFile'>): Promise<ImportOutcome> {
  const fileName = baseName(name);
  const bytes = Buffer.from(dataBase64, 'base64');
  if (classifyFile(fileName, bytes) === 'annotations') return { status: 'annotations', fileName };
  const fileSha = createHash('sha256').update(bytes).digest('hex');
  // The same file again: nothing to extract.
  const known = ctx.study.sources.documentFromFile(fileSha, htmlMode ?? (sniffFormat(bytes) === 'html' ? 'article' : null));
  if (known && ctx.study.documents.get(known)) return { status: 'duplicate', fileName, document: ctx.study.documents.get(known)!, notes: [] };
  const extracted = await ctx.extract(fileName, bytes, htmlMode ? { htmlMode } : {});
  if (!extracted.ok) return { status: 'refused', fileName, reason: extracted.reason };
  return store(ctx, fileName, bytes, fileSha, extracted.doc, collection);
}

/** A document is read as a document; a package, study or another tool's annotation file is merged. */
export function classifyFile(name: string, bytes: Uint8Array): 'document' | 'annotations' {
  if (bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).toString('latin1') === SQLITE_MAGIC) return 'annotations';
  const kind = sniffFormat(bytes);
  if (kind === 'pdf' || kind === 'docx' || kind === 'epub' || kind === 'html' || kind === 'mhtml') return 'document';
  return detectReader(bytes, name) ? 'annotations' : 'document';
}

/** Extract a web page again from its kept original as the whole page; the article version goes to the trash if unannotated. */
export async function useWholePage(ctx: Ctx, { id }: Req<'useWholePage'>): Promise<ImportOutcome> {
  const { study } = ctx;
  const source = study.sources.get(id);
  const summary = study.documents.get(id);
  if (!source || !summary) throw new AppError('not_found', 'That document is no longer in this study.');
  if (source.format !== 'html') throw new AppError('bad_input', `“${summary.title}” is not a web page.`);
  const bytes = study.sources.original(source.sha256);
  if (!bytes) throw new AppError('not_found', `This study does not keep the original of “${summary.title}”; import ${source.fileName} again and choose “Whole page”.`);
  const extracted = await ctx.extract(source.fileName, bytes, { htmlMode: 'page' });
  if (!extracted.ok) return { status: 'refused', fileName: source.fileName, reason: extracted.reason };
  const collection = summary.collectionId ? study.collections.get(summary.collectionId)?.name : undefined;
  const outcome = store(ctx, source.fileName, bytes, source.sha256, extracted.doc, collection);
  if ('document' in outcome && outcome.document.id !== id && summary.annotationCount === 0) {
    study.write(() => study.trash.moveToTrash(id, ctx.now(), ctx.user));
  }
  return outcome;
}
