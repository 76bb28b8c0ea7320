// Files from the user's disk: picked (files or a whole folder), dropped (folders too), or
// handed over by the Electron host; each read only when its turn to import comes. And
// saving exports.

import { host } from './api';
import type { FileToImport } from './state/store';

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

const hidden = (name: string) => name.startsWith('.');

/** Picked files; a folder picked (webkitdirectory) gives each file its folder as collection. */
export function toImports(files: FileList | File[]): FileToImport[] {
  return Array.from(files)
    .filter((f) => !hidden(f.name))
    .map((f) => {
      const folder = f.webkitRelativePath ? f.webkitRelativePath.split('/')[0] : undefined;
      return { name: f.name, ...(folder ? { collection: folder } : {}), readBase64: () => readBase64(f) };
    });
}

/** Every file under a dropped folder, recursively, hidden ones skipped. */
async function walk(entry: FileSystemEntry, collection: string | undefined, out: FileToImport[]): Promise<void> {
  if (hidden(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: file.name, ...(collection ? { collection } : {}), readBase64: () => readBase64(file) });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const e of batch.sort((a, b) => a.name.localeCompare(b.name))) await walk(e, collection, out);
  }
}

/** What was dropped: files as they are, folders as their files with the folder as collection. */
export async function droppedImports(data: DataTransfer): Promise<FileToImport[]> {
  const out: FileToImport[] = [];
  const entries = Array.from(data.items)
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e?.isDirectory)) {
    for (const e of entries) if (e) await walk(e, e.isDirectory ? e.name : undefined, out);
    return out;
  }
  return toImports(Array.from(data.files));
}

/** Electron: the host shows its own dialog and reads the files it was allowed to. */
export async function pickWithHost(kind: 'files' | 'folder'): Promise<FileToImport[] | null> {
  if (!host) return null;
  const picked = await host.chooseImport(kind);
  return picked?.map((p) => ({ name: p.name, ...(p.collection ? { collection: p.collection } : {}), readBase64: () => host!.readFile(p.path) })) ?? null;
}

/** Read one picked file as base64 (for the annotation importer). */
export function fileBase64(file: File): Promise<string> {
  return readBase64(file);
}

/** Save an export: text as it is, archives from base64. */
export function download(file: { fileName: string; mimeType: string; content: string; encoding?: 'utf8' | 'base64' }): void {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
