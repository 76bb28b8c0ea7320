// A question before a step that is hard to take back ("Delete the document?"): the safe
// answer has the focus, Esc says no.

import type { Confirm } from '../state/store';
import { Dialog, DialogFooter } from './Dialog';

export function ConfirmDialog({ confirm, onClose }: { confirm: Confirm; onClose(): void }) {
  return (
    <Dialog
      title={confirm.title}
      size="small"
      onClose={onClose}
      footer={
        <DialogFooter onCancel={onClose}>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onClose();
              confirm.run();
            }}
          >
            {confirm.yes}
          </button>
        </DialogFooter>
      }
    >
      <p>{confirm.text}</p>
    </Dialog>
  );
}
