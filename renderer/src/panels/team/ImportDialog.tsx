// Import a colleague's work: a package, a study file, or another tool's annotations (W3C,
// brat with its text, REFI-QDA, Label Studio, doccano, CSV). The preview says what will be
// added, changed, conflicting and unanchored, and what each incoming label becomes (which
// the user may change) before anything is written.

import { useRef, useState } from 'react';
import type { ImportSummary, Tag } from '../../../../electron/core/api/contract';
import { describeImport } from '../../../../electron/core/exchange/describe';
import { api, errorMessage } from '../../api';
import { fileBase64 } from '../../files';
import type { FileToImport } from '../../state/store';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { LabelMapping } from './LabelMapping';

interface Props {
  /** A file dropped on the window (or picked with other files), to preview at once. */
  initial: FileToImport | null;
  tags: readonly Tag[];
  onImported(summary: ImportSummary): void;
  onClose(): void;
}

interface Picked {
  name: string;
  data: string;
  /** Files that go with it (a brat .ann's .txt and .conf files). */
  companions: Array<{ name: string; dataBase64: string }>;
}

type Step = { at: 'pick' } | { at: 'previewing'; name: string } | { at: 'preview'; file: Picked; summary: ImportSummary } | { at: 'importing'; name: string };

const ACCEPT = '.zip,.sourcemark,.json,.jsonld,.jsonl,.ann,.txt,.conf,.qdpx,.qde,.qdc,.csv,.tsv';

export function ImportDialog({ initial, tags, onImported, onClose }: Props) {
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string | null>>({});
  const input = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const preview = async (file: Picked, nextChoices = choices) => {
    setError(null);
    setStep({ at: 'previewing', name: file.name });
    try {
      const summary = await api.previewImport({ name: file.name, dataBase64: file.data, companions: file.companions, choices: nextChoices });
      setStep({ at: 'preview', file, summary });
    } catch (e) {
      setError(errorMessage(e));
      setStep({ at: 'pick' });
    }
  };
  /** Picked files: a brat .ann goes with the .txt (and .conf files) picked beside it. */
  const pickFiles = async (files: File[]) => {
    const main = files.find((f) => f.name.endsWith('.ann')) ?? files[0];
    if (!main) return;
    const companions = await Promise.all(files.filter((f) => f !== main).map(async (f) => ({ name: f.name, dataBase64: await fileBase64(f) })));
    setChoices({});
    await preview({ name: main.name, data: await fileBase64(main), companions }, {});
  };
  if (initial && !started.current) {
    started.current = true;
    void initial.readBase64().then((data) => preview({ name: initial.name, data, companions: [] }, {}));
  }

  const choose = (key: string, tagId: string | null) => {
    if (step.at !== 'preview') return;
    const next = { ...choices, [key]: tagId };
    setChoices(next);
    void preview(step.file, next);
  };

  const commit = async () => {
    if (step.at !== 'preview') return;
    const { file } = step;
    setStep({ at: 'importing', name: file.name });
    try {
      onImported(await api.importAnnotations({ name: file.name, dataBase64: file.data, companions: file.companions, choices }));
    } catch (e) {
      setError(errorMessage(e));
      setStep({ at: 'pick' });
    }
  };

  return (
    <Dialog
      title="Import annotations"
      size="wide"
      onClose={onClose}
      footer={
        <DialogFooter error={error} onCancel={onClose}>
          {step.at === 'preview' && (
            <>
              <button type="button" onClick={() => input.current?.click()}>
                Another file…
              </button>
              <button type="button" className="primary" onClick={() => void commit()}>
                Import
              </button>
            </>
          )}
        </DialogFooter>
      }
    >
      <p className="muted">
        A Sourcemark package (.zip) or study (.sourcemark); W3C Web Annotation JSON-LD (any tool, Hypothesis); brat standoff (the .ann with its .txt, or a zip);
        REFI-QDA (.qdpx, .qde, .qdc from QualCoder, MAXQDA, ATLAS.ti, NVivo); Label Studio JSON; doccano JSONL; CSV.
      </p>
      <input ref={input} type="file" multiple accept={ACCEPT} hidden data-testid="import-annotations-input" onChange={(e) => (e.target.files?.length && void pickFiles(Array.from(e.target.files)), (e.target.value = ''))} />
      {step.at === 'pick' && (
        <p>
          <button type="button" autoFocus onClick={() => input.current?.click()}>
            Choose a file…
          </button>{' '}
          <span className="muted">For brat, choose the .ann together with its .txt.</span>
        </p>
      )}
      {(step.at === 'previewing' || step.at === 'importing') && (
        <p role="status">
          {step.at === 'previewing' ? 'Reading' : 'Importing'} {step.name}…
        </p>
      )}
      {step.at === 'preview' && (
        <section className="import-preview" aria-label="What the import will do">
          <h3>
            {step.file.name} <span className="muted">({step.summary.tool})</span>
          </h3>
          <ul>
            {describeImport(step.summary).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {step.summary.notices.length > 0 && (
            <ul className="import-notices" aria-label="Notes on the file">
              {step.summary.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <LabelMapping summary={step.summary} tags={tags} choices={choices} onChoose={choose} />
          <p className="muted">Nothing has been written yet. The import is all or nothing.</p>
        </section>
      )}
    </Dialog>
  );
}
