// The reader's TipTap schema: StarterKit's article nodes and marks, with everything that
// edits, adds nodes or reacts to typing switched off. Shared by the editor and its tests.

import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export function readerSchemaExtensions(): AnyExtension[] {
  return [
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
  ];
}
