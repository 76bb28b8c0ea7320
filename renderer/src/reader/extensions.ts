// The reader's TipTap schema: StarterKit's article nodes and marks, with everything that
// edits, adds nodes or reacts to typing switched off. Shared by the editor and its tests.

import { Node, type AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/**
 * A run of top-level blocks. Long articles are split into chunks so the browser can skip
 * laying out and painting those off screen (content-visibility), and ProseMirror can skip
 * whole chunks when decorations change elsewhere. Chunks hold no text of their own.
 */
export const Chunk = Node.create({
  name: 'chunk',
  group: 'block',
  content: 'block+',
  parseHTML: () => [{ tag: 'div[data-chunk]' }],
  renderHTML: () => ['div', { class: 'chunk', 'data-chunk': '' }, 0],
});

export function readerSchemaExtensions(): AnyExtension[] {
  return [
    Chunk,
    StarterKit.configure({
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      listKeymap: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        enableClickSelection: false,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
        validate: (url) => /^(https?:\/\/|mailto:)/i.test(url),
      },
    }),
    // Tables from web pages and Word files: shown, never edited (no resizing, no cell selection tools).
    TableKit.configure({ table: { resizable: false, allowTableNodeSelection: false } }),
  ];
}
