// Undo/redo of changes to annotations and documents. A change is recorded after the study
// has saved it; undoing runs its inverse through the API (so the study, not only the screen,
// goes back). Successive edits of one note in one editing session merge into a single step;
// accepting a batch of suggestions is one step.

import type { Annotation, ListedAnnotation } from '../../../electron/core/api/contract';

export type Edit =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'delete'; annotation: Annotation }
  | { kind: 'update'; before: ListedAnnotation; after: Annotation; mergeKey?: string }
  | { kind: 'accept'; annotations: Annotation[] }
  | { kind: 'delete-document'; id: string; title: string };

/** What to ask the API for to apply a change forwards or backwards. */
export type Step =
  | { op: 'delete'; ids: string[] }
  | { op: 'restore'; annotations: Annotation[] }
  | { op: 'update'; id: string; tag: string; note: string; fields: Annotation['fields']; start: number; end: number }
  | { op: 'delete-document'; id: string }
  | { op: 'restore-document'; id: string };

export function stepFor(change: Edit, direction: 'undo' | 'redo'): Step {
  switch (change.kind) {
    case 'create':
      return direction === 'undo' ? { op: 'delete', ids: [change.annotation.id] } : { op: 'restore', annotations: [change.annotation] };
    case 'delete':
      return direction === 'undo' ? { op: 'restore', annotations: [change.annotation] } : { op: 'delete', ids: [change.annotation.id] };
    case 'accept':
      return direction === 'undo' ? { op: 'delete', ids: change.annotations.map((a) => a.id) } : { op: 'restore', annotations: change.annotations };
    case 'delete-document':
      return direction === 'undo' ? { op: 'restore-document', id: change.id } : { op: 'delete-document', id: change.id };
    case 'update': {
      const to = direction === 'undo' ? change.before : change.after;
      return { op: 'update', id: to.id, tag: to.tag, note: to.note, fields: to.fields, start: to.start, end: to.end };
    }
  }
}

export function describeEdit(change: Edit, tagName: (id: string) => string): string {
  switch (change.kind) {
    case 'create':
      return `tag ${tagName(change.annotation.tag)}`;
    case 'delete':
      return `delete ${tagName(change.annotation.tag)}`;
    case 'accept':
      return change.annotations.length === 1 ? `accept ${tagName(change.annotations[0]!.tag)}` : `accept ${change.annotations.length} suggestions`;
    case 'delete-document':
      return `delete “${change.title}”`;
    case 'update':
      if (change.before.tag !== change.after.tag) return `change tag to ${tagName(change.after.tag)}`;
      if (change.before.start !== change.after.start || change.before.end !== change.after.end) return 'adjust span';
      if (change.before.note !== change.after.note) return 'edit note';
      return `edit ${tagName(change.after.tag)} details`;
  }
}

const LIMIT = 500;

export class UndoHistory {
  private undoStack: Edit[] = [];
  private redoStack: Edit[] = [];

  record(change: Edit): void {
    const top = this.undoStack[this.undoStack.length - 1];
    if (
      change.kind === 'update' &&
      change.mergeKey &&
      top?.kind === 'update' &&
      top.mergeKey === change.mergeKey &&
      top.after.id === change.after.id
    ) {
      this.undoStack[this.undoStack.length - 1] = { ...top, after: change.after };
    } else {
      this.undoStack.push(change);
      if (this.undoStack.length > LIMIT) this.undoStack.shift();
    }
    this.redoStack = [];
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  peekUndo(): Edit | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }
  peekRedo(): Edit | undefined {
    return this.redoStack[this.redoStack.length - 1];
  }

  /** Call after the undo step succeeded. */
  undone(): void {
    const c = this.undoStack.pop();
    if (c) this.redoStack.push(c.kind === 'update' ? { ...c, mergeKey: undefined } : c);
  }
  /** Call after the redo step succeeded. */
  redone(): void {
    const c = this.redoStack.pop();
    if (c) this.undoStack.push(c);
  }
  /** A step that can no longer be applied (e.g. its document was removed) is dropped. */
  dropUndo(): void {
    this.undoStack.pop();
  }
  dropRedo(): void {
    this.redoStack.pop();
  }
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }
}
