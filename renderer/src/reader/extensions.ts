// The reader's TipTap schema: StarterKit's article nodes and marks, with everything that
// edits, adds nodes or reacts to typing switched off, plus the chunk node, each block's
// writing direction and the "joined" pieces of a long paragraph (see document.ts). Shared by
// the editor and its tests.

import { Extension, Node, type AnyExtension } from '@tiptap/core';
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
  addAttributes: () => ({
    /** Estimated height (px): the space the chunk takes until the browser lays it out. */
    height: { default: 2400, rendered: false },
  }),
  parseHTML: () => [{ tag: 'div[data-chunk]' }],
  renderHTML: ({ node }) => ['div', { class: 'chunk', 'data-chunk': '', style: `contain-intrinsic-size: auto ${node.attrs.height as number}px` }, 0],
});

const DIRECTED = ['paragraph', 'heading', 'codeBlock', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'table', 'tableCell', 'tableHeader'];

/** Each block's direction (from its text, see bidi.ts), drawn as the dir attribute. */
const BlockDirection = Extension.create({
  name: 'blockDirection',
  addGlobalAttributes: () => [
    {
      types: DIRECTED,
      attributes: {
        dir: { default: null, parseHTML: (el) => el.getAttribute('dir'), renderHTML: (attrs) => (attrs.dir ? { dir: attrs.dir as string } : {}) },
      },
    },
    {
      types: ['paragraph'],
      attributes: {
        /**
         * A piece of a long paragraph that the next piece continues (document.ts): 'break' (the
         * boundary stands for a line break) or 'soft' (for nothing); drawn with no gap.
         */
        joined: { default: null, parseHTML: (el) => el.getAttribute('data-joined'), renderHTML: (attrs) => (attrs.joined ? { 'data-joined': attrs.joined as string } : {}) },
      },
    },
  ],
});

export function readerSchemaExtensions(): AnyExtension[] {
  return [
    Chunk,
    BlockDirection,
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
