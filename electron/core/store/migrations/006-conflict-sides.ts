// Study format 6.
// - conflicts.kept_from: which side of the merge the kept version came from, this study
//   ('here') or the imported file ('theirs'), so the review can say "Yours" and "Theirs"
//   instead of "kept" and "set aside". Conflicts recorded before format 6 do not know
//   ('unknown') and are shown as kept and set aside, as before.

import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'conflict-sides',
  up(db) {
    db.exec(`ALTER TABLE conflicts ADD COLUMN kept_from TEXT NOT NULL DEFAULT 'unknown' CHECK (kept_from IN ('here', 'theirs', 'unknown'))`);
  },
};
