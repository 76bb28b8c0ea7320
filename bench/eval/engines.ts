// The shipped suggestion code seen through the eval's Engine interface. Written against
// the current API, with fallbacks so the same eval also runs on the original code (for the
// baseline): a place counts as "confident" there when its match is exact, as resolve() did.

import path from 'node:path';
import type { Engine, PlaceGuess } from './score';

type SpeakerModule = typeof import('../../electron/core/facts/speaker');
type FiguresModule = typeof import('../../electron/core/facts/figures');
type GazetteerModule = typeof import('../../electron/core/facts/gazetteer');

/** `dir`: another copy of electron/core/facts (the original code, for the baseline). */
export async function rulesEngine(dir?: string): Promise<Engine> {
  const from = (m: string) => (dir ? path.resolve(dir, m) : `../../electron/core/facts/${m}`);
  const speaker = (await import(from('speaker'))) as SpeakerModule;
  const figures = (await import(from('figures'))) as FiguresModule;
  const gaz = (await import(from('gazetteer'))) as GazetteerModule;
  type Tagged = typeof import('../../electron/core/facts/place-qualifier').searchTaggedPlace;
  let tagged: Tagged | undefined;
  try {
    tagged = ((await import(from('place-qualifier'))) as { searchTaggedPlace?: Tagged }).searchTaggedPlace;
  } catch {
    // the original code searches the name alone
  }
  let suggest: { suggestDocument?: (text: string) => unknown } = {};
  try {
    suggest = await import(from('suggest'));
  } catch {
    // the original code has no whole-document pass
  }
  const g = gaz.gazetteer();
  return {
    name: `rules (${dir ?? 'electron/core/facts'})`,
    speaker: (text, start, end) => speaker.proposeSpeaker(text, start, end),
    figure: (exact, suffix) => figures.normalizeFigure(exact, suffix),
    places: (query, ctx) => {
      // As the app searches a tagged place (api/ops/facts.ts placesFor): the same function.
      const around = { before: ctx.preceding, after: ctx.following };
      const opts = { countries: ctx.countries, limit: 5, confirmed: ctx.confirmed };
      const found = tagged ? tagged(g as Parameters<Tagged>[0], query, around, opts, 5) : g.search(query, opts as Parameters<typeof g.search>[1]);
      return (found as Array<PlaceGuess & { match?: string; confident?: boolean }>).map((c) => ({ ...c, confident: c.confident ?? c.match === 'exact' }));
    },
    document: suggest.suggestDocument as Engine['document'],
  };
}
