// Browser file helpers: reading dropped or picked files for import, and saving exports.

import type { FileToImport } from './state/store';

const ARTICLE = /\.(md|markdown|txt)$/i;

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

/** Every picked or dropped file is offered to the importer, which explains any refusal. */
export function toImports(files: FileList | File[]): FileToImport[] {
  return Array.from(files).map((f) => ({ name: f.name, readBase64: () => readBase64(f) }));
}

export function fromBase64(files: Array<{ name: string; dataBase64: string }>): FileToImport[] {
  return files.map((f) => ({ name: f.name, readBase64: async () => f.dataBase64 }));
}

/** Read one picked file as base64 (for the annotation importer). */
export function fileBase64(file: File): Promise<string> {
  return readBase64(file);
}

export function looksLikeArticle(name: string): boolean {
  return ARTICLE.test(name);
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
