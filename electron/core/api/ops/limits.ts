// How much one request may ask: shared by the requests that must agree (undo of "accept all"
// deletes what one acceptSuggestions made).

/** Annotations one batch request may name: a whole document's suggestions fit. */
export const MAX_BATCH = 20_000;
