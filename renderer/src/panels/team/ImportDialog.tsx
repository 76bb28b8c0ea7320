// Import a colleague's work: pick a package, a study file or W3C JSON-LD; the preview says
// what will be added, changed, conflicting and unanchored before anything is written.

import { useRef, useState } from 'react';
import type { ImportSummary } from '../../../../electron/core/api/contract';
import { describeImport } from '../../../../electron/core/exchange/describe';
import { api, errorMessage } from '../../api';
import { fileBase64 } from '../../files';
import { DialogFooter, Modal } from './Modal';

interface Props {
  /** A file dropped on the window, to preview at once. */
  initial: File | null;
  onImported(summary: ImportSummary): void;
  onClose(): void;
}

type Step = { at: 'pick' } | { at: 'previewing'; name: string } | { at: 'preview'; name: string; data: string; summary: ImportSummary } | { at: 'importing'; name: string };

export function ImportDialog({ initial, onImported, onClose }: Props) {
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const preview = async (file: File) => {
    setError(null);
    setStep({ at: 'previewing', name: file.name });
    try {
      const data = await fileBase64(file);
      const summary = await api.previewImport({ name: file.name, dataBase64: data });
      setStep({ at: 'preview', name: file.name, data, summary });
    } catch (e) {
      setError(errorMessage(e));
      setStep({ at: 'pick' });
    }
  };
  if (initial && !started.current) {
    started.current = true;
    void preview(initial);
  }

  const commit = async () => {
    if (step.at !== 'preview') return;
    setStep({ at: 'importing', name: step.name });
    try {
      onImported(await api.importAnnotations({ name: step.name, dataBase64: step.data }));
    } catch (e) {
      setError(errorMessage(e));
      setStep({ at: 'pick' });
    }
  };

  return (
    <Modal id="import-title" title="Import annotations" wide onClose={onClose}>
      <p className="muted">A Sourcemark exchange package (.zip), another study (.sourcemark) or W3C Web Annotation JSON-LD — ours, or another tool’s such as a Hypothesis export.</p>
      <input
        ref={input}
        type="file"
        accept=".zip,.sourcemark,.json,.jsonld,application/zip,application/json,application/ld+json"
        hidden
        data-testid="import-annotations-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void preview(f);
          e.target.value = '';
        }}
      />
      {step.at === 'pick' && (
        <p>
          <button type="button" data-autofocus onClick={() => input.current?.click()}>
            Choose a file…
          </button>
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
            {step.name} <span className="muted">({kindName(step.summary.kind)})</span>
          </h3>
          <ul>
            {describeImport(step.summary).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">Nothing has been written yet. The import is all or nothing.</p>
        </section>
      )}
      <DialogFooter error={error} onCancel={onClose}>
        {step.at === 'preview' && (
          <>
            <button type="button" onClick={() => input.current?.click()}>
              Another file…
            </button>
            <button type="button" className="primary" data-autofocus onClick={() => void commit()}>
              Import
            </button>
          </>
        )}
      </DialogFooter>
    </Modal>
  );
}

const kindName = (k: ImportSummary['kind']) => (k === 'package' ? 'exchange package' : k === 'study' ? 'study file' : 'W3C Web Annotation');
