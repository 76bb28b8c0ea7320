// REFI-QDA (QDA-XML 1.0): the format's reader and writer side by side. Recognised by
// content: a zip holding a .qde project, or XML whose root is a QDA-XML Project or CodeBook.

import { strToU8, zipSync } from 'fflate';
import { InputError } from '../../input/errors';
import { isZip, ZipArchive } from '../../input/zip';
import type { Format } from '../format';
import type { ReadLimits } from '../incoming';
import { parseXml } from '../xml';
import { readProject } from './read';
import { toRefi } from './write';

export { toRefi, type RefiProject } from './write';

/** XML bytes as text: UTF-8 (the standard's encoding), or UTF-16 with its byte-order mark. */
function xmlText(bytes: Uint8Array, what: string): string {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return new TextDecoder(bom16 ?? 'utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${what} is not ${bom16 ? 'UTF-16' : 'UTF-8'} text`);
  }
}

// A QDA-XML root after the declaration and comments; a DOCTYPE too, so the reader can refuse it by name.
const QDA_ROOT = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->)*(?:<(?:\w+:)?(Project|CodeBook)\b[^>]*urn:QDA-XML:(project|codebook)|<!DOCTYPE\s+(?:\w+:)?(Project|CodeBook)\b)/i;

function projectEntry(zip: ZipArchive): string | undefined {
  const qde = zip.entries.filter((e) => /\.qde$/i.test(e.name) && !e.name.startsWith('__MACOSX/'));
  return (qde.find((e) => !e.name.includes('/')) ?? qde[0])?.name;
}

function detect(bytes: Uint8Array): boolean {
  if (isZip(bytes)) {
    try {
      return projectEntry(new ZipArchive(bytes)) !== undefined;
    } catch {
      return false;
    }
  }
  const head = bytes.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  return QDA_ROOT.test(new TextDecoder(utf16).decode(head).replace(/^\uFEFF/, ''));
}

function read(origin: string, bytes: Uint8Array, limits: ReadLimits) {
  if (!isZip(bytes)) {
    const root = parseXml(xmlText(bytes, 'it'), 'it');
    return readProject(origin, { root, bare: true, fileText: () => null }, limits);
  }
  const zip = new ZipArchive(bytes);
  const entry = projectEntry(zip);
  if (!entry) throw new InputError('it is a zip without a REFI-QDA project (project.qde)');
  const root = parseXml(xmlText(zip.read(entry), entry), entry);
  const fileText = (path: string): string | null => {
    const m = /^internal:\/\/(.+)$/i.exec(path.trim());
    if (!m) return null;
    const name = m[1]!.replace(/^\/+/, '');
    const hit = zip.find(`sources/${name}`) ?? zip.find(name);
    return hit ? xmlText(zip.read(hit.name), hit.name) : null;
  };
  return readProject(origin, { root, bare: false, fileText }, limits);
}

export const refiFormat: Format = {
  id: 'refi',
  label: 'REFI-QDA project (.qdpx, .qde) or codebook (.qdc)',
  offsets: 'Unicode code points over the plain-text sources (end inclusive or exclusive, measured per file)',
  reader: { detect, read },
  writer: {
    fileName: (base) => `${base}.qdpx`,
    mediaType: 'application/zip',
    write(data) {
      const project = toRefi(data);
      const files: Record<string, Uint8Array> = { 'project.qde': strToU8(project.projectXml) };
      for (const [name, content] of Object.entries(project.sources)) files[name] = strToU8(content);
      return zipSync(files);
    },
  },
};
