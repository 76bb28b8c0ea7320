// Every keyboard shortcut on one sheet (F1, "?", Help › Keyboard Shortcuts), generated from
// the command table and the reader's own keys, so it cannot fall behind the keymap.

import { COMMANDS, READER_KEYS, keyLabel, type MenuName } from '../../../electron/core/api/commands';
import { Dialog } from './Dialog';
import { IS_MAC } from './MenuBar';

const MENUS: MenuName[] = ['File', 'Edit', 'Document', 'View', 'Help'];

export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" size="wide" onClose={onClose} className="shortcuts-sheet">
      <div className="shortcut-columns">
        <section aria-labelledby="keys-reader">
          <h3 id="keys-reader">In the reader</h3>
          <dl>
            {READER_KEYS.map((k) => (
              <div key={k.keys}>
                <dt>
                  <kbd>{k.keys}</kbd>
                </dt>
                <dd>{k.does}</dd>
              </div>
            ))}
          </dl>
        </section>
        {MENUS.map((menu) => {
          const list = COMMANDS.filter((c) => c.menu === menu && 'keys' in c);
          return list.length ? (
            <section key={menu} aria-labelledby={`keys-${menu}`}>
              <h3 id={`keys-${menu}`}>{menu}</h3>
              <dl>
                {list.map((c) => (
                  <div key={c.id}>
                    <dt>
                      {('keys' in c ? c.keys : []).map((k) => (
                        <kbd key={k}>{keyLabel(k, IS_MAC)}</kbd>
                      ))}
                    </dt>
                    <dd>
                      {c.label.replace(/…$/, '')}
                      {'help' in c && <span className="muted"> — {c.help}</span>}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null;
        })}
      </div>
    </Dialog>
  );
}
