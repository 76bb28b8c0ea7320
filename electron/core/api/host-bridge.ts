// Types of what the preload exposes to the page (window.sourcemark, window.sourcemarkHost)
// and of the menu commands the main process sends. Types only: shared by preload and UI.

import type { Method, Request, Responses } from './contract';
import type { Result } from '../domain/errors';

export type Bridge = { [M in Method]: (request: Request<M>) => Promise<Result<Responses[M]>> };

export type MenuCommand =
  | { command: 'new-study' | 'open-study' | 'export-document' | 'export-study' | 'undo' | 'redo' | 'delete-annotation' | 'toggle-theme' | 'manage-tags' | 'search' | 'map' | 'import-annotations' | 'identity' | 'conflicts' }
  | { command: 'open-recent'; path: string }
  | { command: 'import-files'; files: Array<{ name: string; dataBase64: string }> };

export interface HostBridge {
  platform: string;
  /** Native file dialog; resolves to a path, or null when cancelled. */
  chooseStudy(kind: 'open' | 'new'): Promise<string | null>;
  openExternal(url: string): Promise<boolean>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}
