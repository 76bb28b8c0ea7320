// The store's plumbing: the state shape and its starting value, subscription for React,
// notices, and the guard that turns a failed action into a notice instead of a crash.

import type { Block, Collection, DocumentSource, DocumentSummary, Orphan, Person, ListedAnnotation, Session } from '../../../electron/core/api/contract';
import { errorMessage } from '../api';
import type { Suggestion } from '../../../electron/core/api/contract';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** A button on the notice: "Details", "Use the whole page", "Undo". */
  action?: { label: string; run(): void };
}

export interface Busy {
  label: string;
  done: number;
  total: number;
  cancel?: () => void;
}

/** The outcome of importing a batch of files, one line per file, for the report and its CSV. */
import type { ImportReport } from '../panels/report-csv';

export type { ImportReport };

import type { LibrarySort } from '../panels/library-order';

export type { LibrarySort };

export interface AppState {
  /** The first load is done (the session and the library are known). */
  ready: boolean;
  session: Session | null;
  documents: DocumentSummary[];
  collections: Collection[];
  /** The library's filter and order: a collection id, '' for all, or 'none' for no collection. */
  library: { collection: string; sort: LibrarySort; query: string };
  /** The study's people (speakers of quotes). */
  people: Person[];
  current: { summary: DocumentSummary; blocks: Block[]; source: DocumentSource | null } | null;
  annotations: ListedAnnotation[];
  selectedId: string | null;
  /** The selected annotation was picked by the user, so its ends may be moved by keyboard. */
  adjustable: boolean;
  /** Bumped to ask the reader to scroll to and flash an annotation. */
  flash: { id: string; nonce: number } | null;
  /** Bumped to ask the reader to scroll to and flash a place in the text (a search hit). */
  revealText: { start: number; end: number; nonce: number } | null;
  hiddenTags: ReadonlySet<string>;
  busy: Busy | null;
  /** Set while a change waits for another program to finish writing to the study. */
  writeWait: string | null;
  notices: Notice[];
  studyDialog: 'open' | 'new' | null;
  tagManager: boolean;
  /** The side pane shows search results instead of the annotations. */
  searching: boolean;
  mapOpen: boolean;
  shortcutsOpen: boolean;
  /** One dialog at a time. */
  dialog: Dialog | null;
  /** A question before something that cannot be taken back lightly. */
  confirm: Confirm | null;
  importReport: ImportReport | null;
  /** Imported annotations of the open document that could not be placed in its text. */
  orphans: Orphan[];
  /** An unanchored annotation waiting for the user to select where it belongs. */
  placing: Orphan | null;
  /** The whole-document suggestion pass: pending proposals and the one in focus. */
  suggestions: Suggestion[];
  activeSuggestion: string | null;
  undoLabel: string | null;
  redoLabel: string | null;
}

export type Dialog =
  | { kind: 'export'; scope: 'document' | 'study' }
  | { kind: 'import'; file?: FileToImport }
  | { kind: 'identity'; welcome?: boolean }
  | { kind: 'conflicts' }
  | { kind: 'compare' }
  | { kind: 'rename-document'; id: string }
  | { kind: 'collections' }
  | { kind: 'import-report' };

export interface Confirm {
  title: string;
  text: string;
  yes: string;
  run(): void;
}

export interface FileToImport {
  name: string;
  /** The folder it came from, when a folder was imported (its collection). */
  collection?: string;
  readBase64(): Promise<string>;
}

const initial: AppState = {
  ready: false,
  session: null,
  documents: [],
  collections: [],
  library: { collection: '', sort: 'imported', query: '' },
  people: [],
  current: null,
  annotations: [],
  selectedId: null,
  adjustable: false,
  flash: null,
  revealText: null,
  hiddenTags: new Set(),
  busy: null,
  writeWait: null,
  notices: [],
  studyDialog: null,
  tagManager: false,
  searching: false,
  mapOpen: false,
  shortcutsOpen: false,
  dialog: null,
  confirm: null,
  importReport: null,
  orphans: [],
  placing: null,
  suggestions: [],
  activeSuggestion: null,
  undoLabel: null,
  redoLabel: null,
};

let noticeSeq = 0;
/** How long a piece of information stays; errors stay until dismissed. */
const INFO_MS = 7000;
/** Never more than this many notices at once: the oldest info goes first. */
const MAX_NOTICES = 3;

export class StoreBase {
  protected state: AppState = initial;
  private readonly listeners = new Set<() => void>();

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getState = () => this.state;

  /** The API reports when writes wait for another program; the notices show it. */
  setWriteWait(message: string | null): void {
    if (message !== this.state.writeWait) this.set({ writeWait: message });
  }

  protected set(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  notify(kind: Notice['kind'], text: string, action?: Notice['action']): void {
    const notice: Notice = { id: ++noticeSeq, kind, text, ...(action ? { action } : {}) };
    let list = [...this.state.notices, notice];
    while (list.length > MAX_NOTICES) {
      const drop = list.findIndex((n) => n.kind === 'info');
      list = list.filter((_, i) => i !== (drop >= 0 ? drop : 0));
    }
    this.set({ notices: list });
    if (kind === 'info') setTimeout(() => this.dismiss(notice.id), INFO_MS);
  }
  dismiss(id: number): void {
    this.set({ notices: this.state.notices.filter((n) => n.id !== id) });
  }
  /** A study switch: what was said about the last study no longer applies. */
  protected clearNotices(): void {
    this.set({ notices: [] });
  }

  /** Run an action; a failure becomes an error notice instead of a crash. */
  protected async guard<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      this.notify('error', `${what}: ${errorMessage(e)}`);
      return undefined;
    }
  }
}
