// One notice area, at the bottom right, never over the text being read: the progress of long
// work (with Cancel), a wait for another program's write, and at most three messages —
// information fades after a few seconds, errors stay until dismissed, a study switch clears
// them. A message can carry one action ("Details", "Undo", "Use the whole page").

import type { Busy, Notice } from '../state/store';

interface Props {
  notices: readonly Notice[];
  busy: Busy | null;
  writeWait: string | null;
  onDismiss(id: number): void;
}

export function Notices({ notices, busy, writeWait, onDismiss }: Props) {
  return (
    <section className="notices" aria-label="Messages">
      {busy && (
        <div className="notice busy" role="status" aria-live="polite">
          <div className="notice-text">
            {busy.label} {busy.total > 1 && `(${busy.done + 1} of ${busy.total})`}
          </div>
          <progress max={busy.total} value={busy.done} aria-label="Progress" />
          {busy.cancel && (
            <button type="button" onClick={busy.cancel}>
              Cancel
            </button>
          )}
        </div>
      )}
      {writeWait && (
        <div className="notice busy write-wait" role="status" aria-live="polite" data-testid="write-wait">
          <div className="notice-text">{writeWait} Your change will be saved as soon as it has.</div>
        </div>
      )}
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p className="notice-text">{n.text}</p>
          {n.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                onDismiss(n.id);
                n.action!.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="close" aria-label="Dismiss" onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
