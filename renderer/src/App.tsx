// The window: menu bar, then library | reader | annotations. Global keyboard shortcuts,
// drag-and-drop import, and the Electron menu's commands all land in the same actions.

import { useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../electron/core/api/host-bridge';
import { host } from './api';
import { download, fromBase64, looksLikeArticle, toImports } from './files';
import { useAppState } from './hooks';
import { AnnotationPanel } from './panels/AnnotationPanel';
import { Library } from './panels/Library';
import { Notices } from './panels/Notices';
import { StudyDialog } from './panels/StudyDialog';
import { MapView } from './panels/MapView';
import { SearchPanel } from './panels/SearchPanel';
import { TagManager } from './panels/TagManager';
import { TeamDialogs } from './panels/team/TeamDialogs';
import { TopBar } from './panels/TopBar';
import { DocHeader } from './reader/DocHeader';
import { Reader } from './reader/Reader';
import { store } from './state/store';
import { applyTheme, initialTheme, tagVariables, type Theme } from './theme';

function inTextField(el: Element | null): boolean {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

export function App() {
  const s = useAppState();
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  /** A dropped file that is not an article: it opens the import dialog's preview. */
  const [droppedAnnotations, setDroppedAnnotations] = useState<File | null>(null);

  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => void store.init(), []);
  // Closing the window while typing a note: leaving the field saves it.
  useEffect(() => {
    const flush = () => (document.activeElement as HTMLElement | null)?.blur();
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, []);

  const actions = useMemo(
    () => ({
      importArticles: () => fileInput.current?.click(),
      /** Open or create a study: the native dialog in Electron, ours in the browser. */
      chooseStudy: async (kind: 'open' | 'new') => {
        if (!host) return store.showStudyDialog(kind);
        const path = await host.chooseStudy(kind);
        const err = path && (await store.switchStudy(kind, path));
        if (err) store.notify('error', err);
      },
      openRecent: async (path: string) => {
        const err = await store.switchStudy('open', path);
        if (err) store.notify('error', err);
      },
      exportW3C: async (scope: 'document' | 'study') => {
        const file = await store.exportW3C(scope);
        if (file) {
          download(file);
          store.notify('info', `Exported ${file.fileName}.`);
        }
      },
      exportAs: (scope: 'document' | 'study') => store.showDialog({ kind: 'export', scope }),
      importAnnotations: () => store.showDialog({ kind: 'import' }),
      identity: () => store.showDialog({ kind: 'identity' }),
      conflicts: () => store.showDialog({ kind: 'conflicts' }),
      compare: () => store.showDialog({ kind: 'compare' }),
      undo: () => void store.undo(),
      redo: () => void store.redo(),
      deleteSelected: () => {
        const id = store.getState().selectedId;
        if (id) void store.remove(id);
      },
      toggleTheme: () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')),
      manageTags: () => store.showTagManager(true),
      search: () => store.showSearch(true),
      map: () => store.showMap(true),
    }),
    [],
  );

  // Keyboard shortcuts that work anywhere except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const typing = inTextField(document.activeElement);
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !typing) {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y' && !typing) {
        e.preventDefault();
        actions.redo();
      } else if (mod && key === 'o' && !e.shiftKey) {
        e.preventDefault();
        actions.importArticles();
      } else if (mod && key === 'o' && e.shiftKey) {
        e.preventDefault();
        void actions.chooseStudy('open');
      } else if (mod && key === 'e') {
        e.preventDefault();
        actions.exportAs(e.shiftKey ? 'study' : 'document');
      } else if (mod && !e.shiftKey && key === 'i') {
        e.preventDefault();
        actions.importAnnotations();
      } else if ((mod && e.shiftKey && key === 'f') || (e.key === '/' && !typing && !(document.activeElement as HTMLElement | null)?.isContentEditable)) {
        e.preventDefault();
        actions.search();
      } else if (mod && e.shiftKey && key === 'l') {
        e.preventDefault();
        actions.toggleTheme();
      } else if (e.key === 'Escape' && !typing && store.getState().placing) {
        store.startPlacing(null);
      } else if (e.key === 'Escape' && !typing && store.getState().selectedId) {
        store.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  // Native menu (Electron).
  useEffect(
    () =>
      host?.onMenu((c: MenuCommand) => {
        switch (c.command) {
          case 'new-study':
            return void actions.chooseStudy('new');
          case 'open-study':
            return void actions.chooseStudy('open');
          case 'open-recent':
            return void actions.openRecent(c.path);
          case 'import-files':
            return void store.importFiles(fromBase64(c.files));
          case 'export-document':
            return actions.exportAs('document');
          case 'export-study':
            return actions.exportAs('study');
          case 'import-annotations':
            return actions.importAnnotations();
          case 'identity':
            return actions.identity();
          case 'conflicts':
            return actions.conflicts();
          case 'undo':
            return inTextField(document.activeElement) ? void document.execCommand('undo') : actions.undo();
          case 'redo':
            return inTextField(document.activeElement) ? void document.execCommand('redo') : actions.redo();
          case 'delete-annotation':
            return actions.deleteSelected();
          case 'toggle-theme':
            return actions.toggleTheme();
          case 'manage-tags':
            return actions.manageTags();
          case 'search':
            return actions.search();
          case 'map':
            return actions.map();
        }
      }),
    [actions],
  );

  // Drop files anywhere to import them.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      const articles = files.filter((f) => looksLikeArticle(f.name));
      const other = files.find((f) => !looksLikeArticle(f.name));
      if (articles.length) void store.importFiles(toImports(articles));
      // Anything else is taken for annotations (a package, a study, W3C JSON): preview it.
      if (other) {
        setDroppedAnnotations(other);
        store.showDialog({ kind: 'import' });
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const tags = s.session?.tags ?? [];
  const vars = useMemo(() => tagVariables(tags, theme), [tags, theme]);

  return (
    <div className="app" style={vars}>
      <TopBar
        session={s.session}
        hasDocument={!!s.current}
        undoLabel={s.undoLabel}
        redoLabel={s.redoLabel}
        hasSelection={!!s.selectedId}
        theme={theme}
        nativeMenu={!!host}
        actions={actions}
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          if (e.target.files?.length) void store.importFiles(toImports(e.target.files));
          e.target.value = '';
        }}
      />
      {s.session && (
        <div className="panes">
          <Library
            session={s.session}
            documents={s.documents}
            currentId={s.current?.summary.id ?? null}
            onOpen={(id) => void store.openDocument(id)}
            onImport={actions.importArticles}
            onChangeStudy={() => void actions.chooseStudy('open')}
          />
          <main className="reader" aria-label="Reader">
            {s.current ? (
              <>
                <DocHeader doc={s.current.summary} tags={tags} onManageTags={actions.manageTags} />
                <Reader
                  blocks={s.current.blocks}
                  annotations={s.annotations}
                  tags={tags}
                  hiddenTags={s.hiddenTags}
                  selectedId={s.selectedId}
                  adjustable={s.adjustable}
                  flash={s.flash}
                  onTag={(tag, start, end) => void store.tag(tag, start, end)}
                  placing={s.placing?.exact ?? null}
                  onPlace={(start, end) => void store.placeOrphan(start, end)}
                  onAdjust={(id, start, end, key) => void store.update(id, { start, end }, key)}
                  onAdjustBy={(id, ds, de, length, key) => store.adjustBy(id, ds, de, length, key)}
                  onSelect={(id) => store.select(id)}
                  onDelete={(id) => void store.remove(id)}
                />
              </>
            ) : (
              <div className="empty reader-empty">
                <h2>Open an article to start</h2>
                <p>Sourcemark reads Markdown and plain-text articles (.md, .markdown, .txt).</p>
                <button type="button" className="primary" onClick={actions.importArticles}>
                  Import articles…
                </button>
                <p className="muted">or drop files anywhere on this window.</p>
              </div>
            )}
          </main>
          {s.searching ? (
            <SearchPanel
              tags={tags}
              verdicts={s.session.verdicts}
              people={s.people}
              documents={s.documents}
              currentDocumentId={s.current?.summary.id ?? null}
              onOpen={(doc, id) => void store.reveal(doc, id)}
              onClose={() => store.showSearch(false)}
            />
          ) : s.current ? (
            <AnnotationPanel
              annotations={s.annotations}
              orphans={s.orphans}
              placingId={s.placing?.id ?? null}
              onPlace={(o) => store.startPlacing(o)}
              onDiscardOrphan={(id) => void store.discardOrphan(id)}
              onCompare={actions.compare}
              tags={tags}
              verdicts={s.session?.verdicts ?? []}
              people={s.people}
              userName={s.session?.userName ?? ''}
              onCreatePerson={(name, role) => store.createPerson(name, role)}
              hiddenTags={s.hiddenTags}
              selectedId={s.selectedId}
              onToggleTag={(t) => store.toggleTagFilter(t)}
              onSelect={(id, reveal) => store.select(id, reveal)}
              onUpdate={(id, patch, key) => void store.update(id, patch, key)}
              onDelete={(id) => void store.remove(id)}
            />
          ) : (
            <aside className="annotations" aria-label="Annotations" />
          )}
        </div>
      )}
      {s.studyDialog && s.session && (
        <StudyDialog
          kind={s.studyDialog}
          session={s.session}
          onSubmit={(p) => store.switchStudy(s.studyDialog!, p)}
          onClose={() => store.showStudyDialog(null)}
        />
      )}
      {s.tagManager && s.session && (
        <TagManager
          session={s.session}
          documents={s.documents}
          people={s.people}
          onTags={(tags) => void store.setTags(tags)}
          onVerdicts={(v) => store.setVerdicts(v)}
          onPeople={() => void store.refreshPeople()}
          onClose={() => store.showTagManager(false)}
        />
      )}
      {s.mapOpen && (
        <MapView
          documentId={s.current?.summary.id ?? null}
          onReveal={(doc, id) => {
            store.showMap(false);
            void store.reveal(doc, id);
          }}
          onClose={() => store.showMap(false)}
        />
      )}
      <TeamDialogs state={s} dropped={droppedAnnotations} onDroppedTaken={() => setDroppedAnnotations(null)} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop articles, or a colleague’s annotations, to import them
        </div>
      )}
      <Notices notices={s.notices} busy={s.busy} writeWait={s.writeWait} onDismiss={(id) => store.dismiss(id)} />
    </div>
  );
}
