// Messages to the user (errors stay until dismissed) and the progress of long work, with Cancel.

import type { Busy, Notice } from '../state/store';

export function Notices({ notices, busy, writeWait, onDismiss }: { notices: readonly Notice[]; busy: Busy | null; writeWait: string | null; onDismiss(id: number): void }) {
  return (
    <div className="notices">
      {writeWait && (
        <div className="notice busy write-wait" role="status" aria-live="polite" data-testid="write-wait">
          <div>{writeWait} Your change will be saved as soon as it has.</div>
        </div>
      )}
      {busy && (
        <div className="notice busy" role="status" aria-live="polite">
          <div>
            {busy.label} ({busy.done + 1} of {busy.total})
          </div>
          <progress max={busy.total} value={busy.done} aria-label="Progress" />
          {busy.cancel && (
            <button type="button" onClick={busy.cancel}>
              Cancel
            </button>
          )}
        </div>
      )}
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <div className="notice-text">
            <p>{n.text}</p>
            {n.details && (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="close" aria-label="Dismiss" onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
