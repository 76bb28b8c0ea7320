// One brat .ann file parsed line by line, strictly: every line is a text-bound annotation
// (T), relation (R), event (E), attribute (A, or M for modification), normalization (N),
// note (#) or equivalence (*), and every id it refers to is defined in the file; anything
// else refuses the file with its name and line. Offsets are kept as written (code points
// over the .txt, fragments separated by ";").

import { InputError } from '../../input/errors';

export interface TextBound {
  id: string;
  type: string;
  frags: Array<[number, number]>;
  /** The reference text (fragments joined by single spaces); null when the line has none. */
  text: string | null;
  line: number;
}
export interface Relation {
  id: string;
  type: string;
  args: Array<[string, string]>;
  line: number;
}
export interface BratEvent extends Relation {
  trigger: string;
}
export interface Attribute {
  id: string;
  name: string;
  target: string;
  value: string | null;
  line: number;
}
export interface Normalization {
  id: string;
  target: string;
  resource: string;
  entry: string;
  text: string;
  line: number;
}
export interface Note {
  type: string;
  target: string;
  text: string;
  line: number;
}
export interface Equivalence {
  type: string;
  ids: string[];
  line: number;
}

export interface Standoff {
  spans: Map<string, TextBound>;
  relations: Relation[];
  events: Map<string, BratEvent>;
  attributes: Attribute[];
  normalizations: Normalization[];
  notes: Note[];
  equivalences: Equivalence[];
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$/;
const R_LINE = /^(R\d+)\t(\S+)((?: \S+:\S+)+)[ \t]*$/;
const E_LINE = /^(E\d+)\t(\S+):(\S+)((?: \S+:\S+)*)[ \t]*$/;
const A_LINE = /^([AM]\d+)\t(\S+) (\S+)(?: (\S+))?[ \t]*$/;
const N_LINE = /^(N\d+)\t(\S+) (\S+) ([^\s:]+):(\S+)(?:\t(.*))?$/;
const NOTE_LINE = /^(#\d*)\t(\S+) (\S+)(?:\t(.*))?$/;
const EQUIV_LINE = /^\*\t(\S+)((?: \S+)+)[ \t]*$/;

const args = (s: string): Array<[string, string]> =>
  s
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => {
      const i = a.lastIndexOf(':');
      return [a.slice(0, i), a.slice(i + 1)];
    });

export function parseAnn(content: string, file: string): Standoff {
  const out: Standoff = { spans: new Map(), relations: [], events: new Map(), attributes: [], normalizations: [], notes: [], equivalences: [] };
  const ids = new Set<string>();
  const define = (id: string, line: number) => {
    if (ids.has(id)) throw new InputError(`${file}, line ${line}: the id ${id} is defined twice`);
    ids.add(id);
  };
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const n = i + 1;
    if (!line.trim()) return;
    let m: RegExpExecArray | null;
    if ((m = T_LINE.exec(line))) {
      define(m[1]!, n);
      const frags = m[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      out.spans.set(m[1]!, { id: m[1]!, type: m[2]!, frags, text: m[4] ?? null, line: n });
    } else if ((m = R_LINE.exec(line))) {
      define(m[1]!, n);
      out.relations.push({ id: m[1]!, type: m[2]!, args: args(m[3]!), line: n });
    } else if ((m = E_LINE.exec(line))) {
      define(m[1]!, n);
      out.events.set(m[1]!, { id: m[1]!, type: m[2]!, trigger: m[3]!, args: args(m[4] ?? ''), line: n });
    } else if ((m = A_LINE.exec(line))) {
      define(m[1]!, n);
      out.attributes.push({ id: m[1]!, name: m[2]!, target: m[3]!, value: m[4] ?? null, line: n });
    } else if ((m = N_LINE.exec(line))) {
      define(m[1]!, n);
      out.normalizations.push({ id: m[1]!, target: m[3]!, resource: m[4]!, entry: m[5]!, text: m[6] ?? '', line: n });
    } else if ((m = NOTE_LINE.exec(line))) {
      out.notes.push({ type: m[2]!, target: m[3]!, text: m[4] ?? '', line: n });
    } else if ((m = EQUIV_LINE.exec(line))) {
      out.equivalences.push({ type: m[1]!, ids: m[2]!.trim().split(/\s+/), line: n });
    } else throw new InputError(`${file}, line ${n}: this is not a brat standoff line (${JSON.stringify(line.slice(0, 60))})`);
  });
  const known = (id: string, line: number, who: string) => {
    if (!ids.has(id)) throw new InputError(`${file}, line ${line}: ${who} refers to ${id}, which the file does not define`);
  };
  for (const r of out.relations) for (const [, id] of r.args) known(id, r.line, r.id);
  for (const e of out.events.values()) {
    if (!out.spans.has(e.trigger)) throw new InputError(`${file}, line ${e.line}: ${e.id}'s trigger ${e.trigger} is not a text-bound annotation of the file`);
    for (const [, id] of e.args) known(id, e.line, e.id);
  }
  for (const a of out.attributes) known(a.target, a.line, a.id);
  for (const x of out.normalizations) known(x.target, x.line, x.id);
  for (const x of out.notes) if (x.target !== '*') known(x.target, x.line, 'the note');
  for (const q of out.equivalences) for (const id of q.ids) known(id, q.line, 'the equivalence');
  return out;
}

const isStandoff = (l: string) => T_LINE.test(l) || R_LINE.test(l) || E_LINE.test(l) || A_LINE.test(l) || N_LINE.test(l) || NOTE_LINE.test(l) || EQUIV_LINE.test(l);

/**
 * True when text reads as standoff (recognition by content): its first line is a standoff
 * line and so are most of the first fifty, so the reader can name a broken line among them.
 */
export function looksLikeAnn(text: string): boolean {
  const lines = text.split('\n', 50).map((l) => l.replace(/\r$/, '')).filter((l) => l.trim());
  return lines.length > 0 && isStandoff(lines[0]!) && lines.filter(isStandoff).length * 2 >= lines.length;
}
