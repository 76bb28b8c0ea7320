// XML from strangers (REFI-QDA projects and codebooks), read into a small tree of elements.
// A document type declaration or an entity declaration refuses the file: a project has no
// use for them, and they are how billion-laughs and external-entity files attack a reader.
// Only XML's five entities and character references are decoded (htmlparser2 in XML mode
// never fetches or expands anything else). An element left open or closed out of order
// refuses the file with the line it is on. Names are local names (prefixes dropped).

import { Parser } from 'htmlparser2';
import { InputError } from '../input/errors';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), with CDATA. */
  text: string;
  line: number;
}

export const MAX_XML_DEPTH = 256;

/** Parse a whole document; `what` names it in messages ("project.qde"). */
export function parseXml(source: string, what: string): XmlElement {
  const decl = /<!(DOCTYPE|ENTITY)\b/i.exec(source);
  if (decl) throw new InputError(`${what} declares a ${decl[1]!.toUpperCase() === 'DOCTYPE' ? 'document type (DTD)' : 'entity'} on line ${lineAt(source, decl.index)}, which Sourcemark does not read (it is how malicious XML files attack readers)`);
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (at: number) => {
    let lo = 0;
    let hi = lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lineStarts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const stack: XmlElement[] = [];
  const roots: XmlElement[] = [];
  let problem: string | null = null;
  const fail = (message: string) => {
    problem ??= message;
  };
  const parser: Parser = new Parser(
    {
      onopentag(raw, attribs) {
        const el: XmlElement = { name: raw.replace(/^.*:/, ''), attrs: {}, children: [], text: '', line: lineOf(parser.startIndex) };
        for (const [k, v] of Object.entries(attribs)) el.attrs[k.replace(/^.*:/, '')] = v;
        if (stack.length) stack[stack.length - 1]!.children.push(el);
        else roots.push(el);
        stack.push(el);
        if (stack.length > MAX_XML_DEPTH) fail(`${what} nests elements more than ${MAX_XML_DEPTH} deep (line ${el.line})`);
      },
      onclosetag(raw, implied) {
        const el = stack.pop();
        // htmlparser2 calls a self-closing tag's close "implied" too; only "/>" tells them apart.
        const selfClosing = source[parser.endIndex] === '>' && source[parser.endIndex - 1] === '/';
        if (implied && !selfClosing && el) fail(`${what} is not well-formed XML: <${raw}> opened on line ${el.line} is not closed in order`);
      },
      ontext(data) {
        const top = stack[stack.length - 1];
        if (top) top.text += data;
        else if (data.trim()) fail(`${what} has text outside its root element (line ${lineOf(parser.startIndex)})`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  if (problem) throw new InputError(problem);
  if (roots.length !== 1) throw new InputError(roots.length ? `${what} has more than one root element (line ${roots[1]!.line})` : `${what} holds no XML elements`);
  return roots[0]!;
}

function lineAt(s: string, at: number): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Children with a local name (case as the schema spells it, compared without case). */
export function kids(el: XmlElement, name: string): XmlElement[] {
  const want = name.toLowerCase();
  return el.children.filter((c) => c.name.toLowerCase() === want);
}

export function kid(el: XmlElement, name: string): XmlElement | undefined {
  return kids(el, name)[0];
}

/** An attribute by name without case (tools differ: creatingUser, creatingUserGUID). */
export function attr(el: XmlElement, ...names: string[]): string | undefined {
  for (const n of names) {
    if (el.attrs[n] !== undefined) return el.attrs[n];
    const hit = Object.keys(el.attrs).find((k) => k.toLowerCase() === n.toLowerCase());
    if (hit) return el.attrs[hit];
  }
  return undefined;
}
