// The built-in kinds of tag and the facts each records, as plain values (no schema library),
// so the UI can ask a tag's kind without bundling the validators. A study's own tag placed
// under a built-in (say "Health claim" under Claim) records that built-in's facts.

export const BUILTIN_KINDS = ['claim', 'quote', 'figure', 'location'] as const;
export type TagKind = (typeof BUILTIN_KINDS)[number];

export const QUALIFIERS = ['approximately', 'at least', 'more than', 'at most', 'less than', 'up to', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The built-in kind each tag records facts for (following its parents), worked out once. */
export function tagKinds(tags: ReadonlyArray<{ id: string; parentId: string | null }>): Map<string, TagKind | null> {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const kinds = new Map<string, TagKind | null>();
  for (const tag of tags) {
    let kind: TagKind | null = null;
    const seen = new Set<string>();
    for (let t: typeof tag | undefined = tag; t && !seen.has(t.id); t = t.parentId ? byId.get(t.parentId) : undefined) {
      seen.add(t.id);
      if ((BUILTIN_KINDS as readonly string[]).includes(t.id)) {
        kind = t.id as TagKind;
        break;
      }
    }
    kinds.set(tag.id, kind);
  }
  return kinds;
}

/** The built-in kind a tag records facts for, following its parents; null for none. For many
 *  annotations, work out `tagKinds` once instead. */
export function tagKind(tagId: string, tags: ReadonlyArray<{ id: string; parentId: string | null }>): TagKind | null {
  return tagKinds(tags).get(tagId) ?? null;
}
