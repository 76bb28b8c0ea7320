// What an operation needs from the session: the open study, the clock, who is working, and
// a code-point index of a document's text (cached by the service; texts never change).

import type { Study } from '../store/study';
import type { CodePointIndex } from '../text/codepoints';

export interface Ctx {
  study: Study;
  now(): string;
  user: string;
  index(documentId: string): CodePointIndex;
}
