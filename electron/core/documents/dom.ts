// The small slice of the DOM the extractors use, typed here because the core compiles without
// the browser's DOM types. linkedom provides it under Node: a parser, no layout, no network,
// no script execution — nothing in a parsed file can run or load anything.

import { DOMParser, parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly tagName: string;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(n: DomNode): n is DomElement {
  return n.nodeType === ELEMENT_NODE;
}

/** Lower-case local name without a namespace prefix ("xhtml:p" → "p"). */
export function tagOf(el: DomElement): string {
  return (el.localName || el.tagName || '').replace(/^.*:/, '').toLowerCase();
}

export function parseHtmlDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

export function parseXmlDocument(xml: string): DomElement | undefined {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: DomElement | null };
  return doc.documentElement ?? undefined;
}
