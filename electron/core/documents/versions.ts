// Name and version of what extracts each format, stored with every document so a collection
// can be re-extracted and compared years later. Where a library does the work it is named
// with its version, and a test checks that against the installed package, so a dependency
// bump cannot leave a stale version here. Sourcemark's own extractors carry a revision
// number: bump it when a change alters the text they produce.

export interface ExtractorId {
  name: string;
  version: string;
}

export const EXTRACTORS = {
  markdown: { name: 'markdown-it', version: '15.0.3' },
  plain: { name: 'sourcemark-plaintext', version: '2' },
  htmlArticle: { name: '@mozilla/readability', version: '0.6.0' },
  htmlPage: { name: 'linkedom', version: '0.18.15' },
  pdf: { name: 'pdfjs-dist', version: '5.6.205' },
  docx: { name: 'mammoth', version: '1.13.0' },
  epub: { name: 'sourcemark-epub', version: '1' },
} as const satisfies Record<string, ExtractorId>;
