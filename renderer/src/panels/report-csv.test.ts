import { describe, expect, it } from 'vitest';
import { reportCsv } from './report-csv';

describe('the import report as CSV', () => {
  it('one row per file, quoted where needed, formulas defused', () => {
    const csv = reportCsv({ when: '2026-11-30T10:00:00Z', rows: [
      { file: 'a.pdf', outcome: 'imported', detail: 'Report, 2020', documentId: 'abc' },
      { file: '=cmd.html', outcome: 'refused', detail: 'it is "damaged"' },
    ] });
    expect(csv).toBe('\uFEFFfile,outcome,details,document_id\r\na.pdf,imported,"Report, 2020",abc\r\n\'=cmd.html,refused,"it is ""damaged""",\r\n');
  });
});
