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
  let qualifier: ((following: string, g: unknown) => { countries: string[]; confirmed: number[] }) | undefined;
  try {
    qualifier = ((await import(from('place-qualifier'))) as typeof import('../../electron/core/facts/place-qualifier')).placeQualifier as typeof qualifier;
  } catch {
    // the original code reads no "City, Region" qualifier
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
      const q = qualifier?.(ctx.following, g) ?? { countries: [], confirmed: [] };
      const opts = { countries: [...ctx.countries, ...q.countries], limit: 5, confirmed: [...ctx.confirmed, ...q.confirmed] };
      return (g.search(query, opts as Parameters<typeof g.search>[1]) as Array<PlaceGuess & { match?: string; confident?: boolean }>).map((c) => ({
        ...c,
        confident: c.confident ?? c.match === 'exact',
      }));
    },
    document: suggest.suggestDocument as Engine['document'],
  };
}
