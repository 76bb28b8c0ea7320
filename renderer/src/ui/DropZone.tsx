// Drop files or whole folders anywhere on the window to import them: documents are added
// (a folder becomes a collection), annotation files open the import preview.

import { useEffect, useState } from 'react';
import { droppedImports } from '../files';
import type { FileToImport } from '../state/store';

export function DropZone({ onFiles }: { onFiles(files: FileToImport[]): void }) {
  const [dragging, setDragging] = useState(false);
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
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      setDragging(false);
      void droppedImports(e.dataTransfer).then((files) => files.length && onFiles(files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return dragging ? (
    <div className="drop-overlay" aria-hidden="true">
      Drop files or folders to import them — articles, web pages, PDF, Word, EPUB, or a colleague’s annotations
    </div>
  ) : null;
}
