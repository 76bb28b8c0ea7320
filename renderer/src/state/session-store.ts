// The session: which study is open, who is working, the study's tags, verdicts, people,
// collections and documents. Switching studies starts afresh (undo history, notices).

import type { Person, Session, Tag, Verdict } from '../../../electron/core/api/contract';
import { api, errorMessage } from '../api';
import { StoreBase } from './store-base';
import { UndoHistory, describeEdit } from './history';

const WELCOMED = 'sourcemark-welcomed';
const welcomed = () => {
  try {
    return localStorage.getItem(WELCOMED) === '1';
  } catch {
    return false;
  }
};
const markWelcomed = () => {
  try {
    localStorage.setItem(WELCOMED, '1');
  } catch {
    // Private windows may refuse storage: then the welcome shows again next time, no harm.
  }
};

export class SessionStore extends StoreBase {
  readonly history = new UndoHistory();

  tagName = (id: string) => this.state.session?.tags.find((t) => t.id === id)?.name ?? id;

  protected syncHistory(): void {
    const u = this.history.peekUndo();
    const r = this.history.peekRedo();
    this.set({ undoLabel: u ? describeEdit(u, this.tagName) : null, redoLabel: r ? describeEdit(r, this.tagName) : null });
  }

  async init(): Promise<void> {
    await this.guard('Could not start', async () => {
      const session = await api.getSession({});
      this.set({ session });
      if (session.startupError) this.notify('error', session.startupError);
      await this.refreshDocuments();
      if (session.lastDocumentId) await this.openDocument(session.lastDocumentId);
      // First start: ask who is working, once (it can be skipped; work is then "Unknown").
      if (!session.identity.chosen && !this.state.dialog && !welcomed()) {
        markWelcomed();
        this.set({ dialog: { kind: 'identity', welcome: true } });
      }
    });
    this.set({ ready: true });
  }

  /** Overridden where documents are opened; here only to let init() call it. */
  async openDocument(_id: string): Promise<void> {}

  protected async refreshDocuments(): Promise<void> {
    const [documents, people, collections] = await Promise.all([api.listDocuments({}), api.listPeople({}), api.listCollections({})]);
    const library = this.state.library;
    // A collection that went (deleted, or another study) no longer filters the library.
    const keep = library.collection === '' || library.collection === 'none' || collections.some((c) => c.id === library.collection);
    this.set({ documents, people, collections, library: keep ? library : { ...library, collection: '' } });
  }

  /** Add a person to the study (or find the one with that name and role). */
  async createPerson(name: string, role: string): Promise<Person | undefined> {
    return this.guard('Could not add the person', async () => {
      const person = await api.savePerson({ name, role });
      if (!this.state.people.some((p) => p.id === person.id)) {
        this.set({ people: [...this.state.people, person].sort((a, b) => a.name.localeCompare(b.name)) });
      }
      return person;
    });
  }

  protected async adoptSession(session: Session): Promise<void> {
    this.history.clear();
    this.clearNotices();
    this.set({ session, current: null, annotations: [], selectedId: null, studyDialog: null, suggestions: [], activeSuggestion: null, searching: false, placing: null });
    this.syncHistory();
    await this.refreshDocuments();
    if (session.lastDocumentId) await this.openDocument(session.lastDocumentId);
  }

  /**
   * Open an existing study ('open') or create a new one ('new') and switch to it.
   * Returns an error message for the study dialog to show, or null on success.
   */
  async switchStudy(kind: 'open' | 'new', path: string): Promise<string | null> {
    try {
      await this.adoptSession(await (kind === 'open' ? api.openStudy({ path }) : api.createStudy({ path })));
      this.notify('info', `${kind === 'open' ? 'Opened' : 'Created'} the study “${this.state.session?.study?.name}”.`);
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  async refreshSession(): Promise<void> {
    await this.guard('Could not refresh', async () => this.set({ session: await api.getSession({}) }));
  }

  /** The study's tag set changed (tags renamed, merged, added…): counts may have moved too. */
  async setTags(tags: Tag[]): Promise<void> {
    const session = this.state.session;
    if (!session) return;
    this.set({ session: { ...session, tags } });
    await this.guard('Could not refresh the library', () => this.refreshDocuments());
    const cur = this.state.current;
    if (cur) await this.openDocument(cur.summary.id);
  }

  setVerdicts(verdicts: Verdict[]): void {
    const session = this.state.session;
    if (session) this.set({ session: { ...session, verdicts } });
  }

  async refreshPeople(): Promise<void> {
    await this.guard('Could not refresh people', async () => this.set({ people: await api.listPeople({}) }));
  }

  setSession(session: Session): void {
    this.set({ session });
  }

  async setKeepOriginals(keep: boolean): Promise<void> {
    await this.guard('Could not change the study’s setting', async () => {
      await api.setKeepOriginals({ keep });
      await this.refreshSession();
      this.notify('info', keep ? 'This study now keeps the original of every file imported.' : 'This study now keeps only a description (name, size, SHA-256) of the files imported.');
    });
  }
}
