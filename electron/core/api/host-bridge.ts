// Types of what the preload exposes to the page (window.sourcemark, window.sourcemarkHost)
// and of the menu commands the main process sends. Types only: shared by preload and UI.

import type { Method, Request, Responses } from './contract';
import type { Result } from '../domain/errors';
import type { CommandId } from './commands';

export type Bridge = { [M in Method]: (request: Request<M>) => Promise<Result<Responses[M]>> };

/** What the native menu (or the operating system, opening a file) asks the page to do. */
export type MenuCommand =
  | { command: CommandId }
  | { command: 'open-recent'; path: string }
  | { command: 'import-paths'; files: PickedFile[] };

/** A file the host let the page read: chosen in its dialog, or handed over by the system. */
export interface PickedFile {
  path: string;
  name: string;
  /** The folder it came from, when a folder was chosen. */
  collection?: string;
}

/** Whether each command is enabled (and checked), for the native menu. */
export type MenuState = Partial<Record<CommandId, { enabled: boolean; checked?: boolean; label?: string }>>;

export interface HostBridge {
  platform: string;
  /** Native file dialog; resolves to a path, or null when cancelled. */
  chooseStudy(kind: 'open' | 'new'): Promise<string | null>;
  /** Native dialog for files or a folder (every file in it, recursively); null when cancelled. */
  chooseImport(kind: 'files' | 'folder'): Promise<PickedFile[] | null>;
  /** The bytes of a file the host handed out (base64); any other path is refused. */
  readFile(path: string): Promise<string>;
  openExternal(url: string): Promise<boolean>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /** Keep the native menu's items enabled as the page's commands are. */
  setMenuState(state: MenuState): void;
}
