// Colours for tags the user (or an import) adds without one: distinguishable for colour-blind
// readers (Okabe-Ito and Tol's muted palettes), none of them a built-in tag's colour.

export const TAG_PALETTE = ['#E69F00', '#56B4E9', '#F0E442', '#332288', '#117733', '#882255', '#44AA99', '#999933', '#AA4499', '#661100'] as const;

/** The first palette colour not yet used, else one by position. */
export function nextTagColor(usedColors: Iterable<string>, count: number): string {
  const used = new Set([...usedColors].map((c) => c.toUpperCase()));
  return TAG_PALETTE.find((c) => !used.has(c)) ?? TAG_PALETTE[count % TAG_PALETTE.length]!;
}
