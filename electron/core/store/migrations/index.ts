// The ordered list of study-format migrations. Add a file per version; never edit a
// released one (old studies replay it).

import { migration001 } from './001-initial';
import { migration002 } from './002-tag-fields';
import { migration003 } from './003-search';
import { migration004 } from './004-exchange';
import { migration005 } from './005-collections';
import { migration006 } from './006-conflict-sides';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
