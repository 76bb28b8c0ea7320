// Safe XML for container parts (EPUB container/OPF/NCX, DOCX core properties). A DOCTYPE is
// cut out before parsing and the parser (linkedom over htmlparser2) never resolves entities
// other than XML's five and numeric ones, so a billion-laughs file or an external entity
// (file:///etc/passwd) stays inert text. Elements are matched by local name: prefixes vary.

import { decodeMarkup } from './charset';
import { parseXmlDocument, tagOf, type DomElement } from './dom';

export type XmlElement = DomElement;

/** Removes `<!DOCTYPE …>` including an internal subset `[ … ]` of entity declarations. */
export function stripDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/gi, '').replace(/<!ENTITY[^>]*>/gi, '');
}

export function parseXml(text: string): XmlElement | undefined {
  return parseXmlDocument(stripDoctype(text));
}

export function parseXmlBytes(bytes: Uint8Array): XmlElement | undefined {
  return parseXml(decodeMarkup(bytes).text);
}

export const localName = tagOf;

/** All descendant elements with this local name, in document order. */
export function byName(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const want = name.toLowerCase();
  // A walk of our own: linkedom's getElementsByTagName('*') finds nothing in XML documents.
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el !== root && localName(el) === want) out.push(el);
    const kids = Array.from(el.children);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

export function firstText(root: XmlElement, name: string): string | undefined {
  for (const el of byName(root, name)) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return undefined;
}

export function attrOf(el: XmlElement, name: string): string | undefined {
  for (const a of Array.from(el.attributes)) if (a.name.replace(/^.*:/, '').toLowerCase() === name.toLowerCase()) return a.value;
  return undefined;
}
