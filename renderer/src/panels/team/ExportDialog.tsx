// Export in any of the open formats, for the open document, chosen documents or the whole
// study. The file is saved through the browser's download (Electron: its save dialog).

import { useState } from 'react';
import type { DocumentSummary, ExportFile } from '../../../../electron/core/api/contract';
import { api, errorMessage } from '../../api';
import { Dialog, DialogFooter } from '../../ui/Dialog';

type Format = Parameters<typeof api.exportAs>[0]['format'];

const FORMATS: Array<{ id: Format; name: string; about: string }> = [
  { id: 'package', name: 'Sourcemark exchange package (.zip)', about: 'Everything, for a colleague to merge: texts, annotations with every fact, tags, people, history and deletions.' },
  { id: 'w3c', name: 'W3C Web Annotation (JSON-LD)', about: 'The open standard; quote and code-point position selectors, every fact as a body.' },
  { id: 'csv', name: 'CSV spreadsheet', about: 'One row per annotation, safe to open in a spreadsheet.' },
  { id: 'brat', name: 'brat standoff (.zip)', about: 'A .txt and .ann per document, for brat and NLP tools.' },
  { id: 'refi', name: 'REFI-QDA project (.qdpx)', about: 'For QualCoder, MAXQDA, ATLAS.ti and NVivo: the tag set as a codebook.' },
  { id: 'claimreview', name: 'ClaimReview (JSON-LD)', about: 'schema.org fact-check markup for claims with a verdict.' },
  { id: 'geojson', name: 'GeoJSON', about: 'The locations with coordinates, for GIS tools.' },
];

interface Props {
  documents: readonly DocumentSummary[];
  currentId: string | null;
  initialScope: 'document' | 'study';
  onExported(file: ExportFile): void;
  onClose(): void;
}

export function ExportDialog({ documents, currentId, initialScope, onExported, onClose }: Props) {
  const [format, setFormat] = useState<Format>('package');
  const [scope, setScope] = useState<'document' | 'chosen' | 'study'>(initialScope === 'document' && currentId ? 'document' : 'study');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(currentId ? [currentId] : []));
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const ids = scope === 'document' ? (currentId ? [currentId] : []) : scope === 'chosen' ? [...chosen] : undefined;
  const submit = async () => {
    if (ids && !ids.length) return setError('Choose at least one document.');
    setWorking(true);
    setError(null);
    try {
      onExported(await api.exportAs({ format, ...(ids ? { documentIds: ids } : {}) }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setWorking(false);
    }
  };
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  return (
    <Dialog
      title="Export annotations"
      size="wide"
      onClose={onClose}
      footer={
        <DialogFooter error={error} onCancel={onClose}>
          <button type="submit" form="export-form" className="primary" disabled={working}>
            {working ? 'Exporting…' : 'Export'}
          </button>
        </DialogFooter>
      }
    >
      <form
        id="export-form"
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.id} className="choice">
              <input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
              <span>
                <strong>{f.name}</strong>
                <span className="muted">{f.about}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>What to export</legend>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'document'} disabled={!currentId} onChange={() => setScope('document')} />
            <span>The open document</span>
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />
            <span>Chosen documents</span>
          </label>
          {scope === 'chosen' && (
            <ul className="doc-choices" aria-label="Documents to export">
              {documents.map((d) => (
                <li key={d.id}>
                  <label className="choice">
                    <input type="checkbox" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} />
                    <span>
                      {d.title} <span className="muted">{d.annotationCount}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'study'} onChange={() => setScope('study')} />
            <span>The whole study ({documents.length} document{documents.length === 1 ? '' : 's'})</span>
          </label>
        </fieldset>
      </form>
    </Dialog>
  );
}
