// An import report as CSV (RFC 4180, with a BOM so spreadsheets read UTF-8): one row per
// file. Cells that a spreadsheet would run as formulas are quoted with a leading apostrophe.

const cell = (v: string) => {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** What one batch of file imports did, file by file (kept for the report dialog). */
export interface ImportReport {
  when: string;
  rows: Array<{ file: string; outcome: 'imported' | 'already present' | 'refused' | 'merged'; detail: string; documentId?: string }>;
}

export function reportCsv(report: ImportReport): string {
  const rows = [['file', 'outcome', 'details', 'document_id'], ...report.rows.map((r) => [r.file, r.outcome, r.detail, r.documentId ?? ''])];
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
