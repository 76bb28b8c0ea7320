// The store's plumbing: the state shape and its starting value, subscription for React,
// notices, and the guard that turns a failed action into a notice instead of a crash.

import type { DocumentSummary, Orphan, Person, PlacedAnnotation, Block, Session } from '../../../electron/core/api/contract';
import { errorMessage } from '../api';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  details?: string[];
}

export interface Busy {
  label: string;
  done: number;
  total: number;
  cancel?: () => void;
}

export interface AppState {
  session: Session | null;
  documents: DocumentSummary[];
  /** The study's people (speakers of quotes). */
  people: Person[];
  current: { summary: DocumentSummary; blocks: Block[] } | null;
  annotations: PlacedAnnotation[];
  selectedId: string | null;
  /** The selected annotation was picked by the user, so its ends may be moved by keyboard. */
  adjustable: boolean;
  /** Bumped to ask the reader to scroll to and flash an annotation. */
  flash: { id: string; nonce: number } | null;
  hiddenTags: ReadonlySet<string>;
  busy: Busy | null;
  /** Set while a change waits for another program to finish writing to the study. */
  writeWait: string | null;
  notices: Notice[];
  studyDialog: 'open' | 'new' | null;
  tagManager: boolean;
  searching: boolean;
  mapOpen: boolean;
  /** The exchange dialogs: one at a time. */
  dialog: Dialog | null;
  /** Imported annotations of the open document that could not be placed in its text. */
  orphans: Orphan[];
  /** An unanchored annotation waiting for the user to select where it belongs. */
  placing: Orphan | null;
  undoLabel: string | null;
  redoLabel: string | null;
}

export type Dialog = { kind: 'export'; scope: 'document' | 'study' } | { kind: 'import' } | { kind: 'identity' } | { kind: 'conflicts' } | { kind: 'compare' };

export interface FileToImport {
  name: string;
  readBase64(): Promise<string>;
}

const initial: AppState = {
  session: null,
  documents: [],
  people: [],
  current: null,
  annotations: [],
  selectedId: null,
  adjustable: false,
  flash: null,
  hiddenTags: new Set(),
  busy: null,
  writeWait: null,
  notices: [],
  studyDialog: null,
  tagManager: false,
  searching: false,
  mapOpen: false,
  dialog: null,
  orphans: [],
  placing: null,
  undoLabel: null,
  redoLabel: null,
};

let noticeSeq = 0;

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

  notify(kind: Notice['kind'], text: string, details?: string[]): void {
    const notice: Notice = { id: ++noticeSeq, kind, text, ...(details?.length ? { details } : {}) };
    this.set({ notices: [...this.state.notices, notice].slice(-5) });
    if (kind === 'info' && !details?.length) setTimeout(() => this.dismiss(notice.id), 6000);
  }
  dismiss(id: number): void {
    this.set({ notices: this.state.notices.filter((n) => n.id !== id) });
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
