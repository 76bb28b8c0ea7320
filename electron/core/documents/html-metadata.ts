// A web page's metadata: JSON-LD (schema.org Article/NewsArticle…) first, because publishers
// fill it for search engines and it is the most precise; then Open Graph / article: / Dublin
// Core meta tags; then <title>. The page's own URL comes from <link rel=canonical> or og:url.

import { isoDate } from './dates';
import type { DomDocument } from './dom';

export interface PageMetadata {
  title?: string;
  author?: string;
  published?: string;
  modified?: string;
  sourceUrl?: string;
  language?: string;
  siteName?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

function clean(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** Every object in a JSON-LD value: arrays and @graph flattened. */
function objects(v: Json, out: Array<Record<string, Json>> = [], depth = 0): Array<Record<string, Json>> {
  if (depth > 8 || v === null || typeof v !== 'object') return out;
  if (Array.isArray(v)) for (const x of v) objects(x, out, depth + 1);
  else {
    out.push(v);
    if (v['@graph']) objects(v['@graph'], out, depth + 1);
  }
  return out;
}

function types(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** An author given as a string, a Person/Organization, or an array of either. */
function names(v: Json | undefined): string | undefined {
  const list = Array.isArray(v) ? v : [v];
  const found = list
    .map((a) => (typeof a === 'string' ? clean(a) : a && typeof a === 'object' && !Array.isArray(a) ? clean(a['name']) : undefined))
    .filter((n): n is string => !!n && !/^https?:\/\//.test(n));
  return found.length ? [...new Set(found)].join(', ') : undefined;
}

function urlOf(v: Json | undefined): string | undefined {
  const u = typeof v === 'string' ? v : v && typeof v === 'object' && !Array.isArray(v) ? v['@id'] ?? v['url'] : undefined;
  return typeof u === 'string' && /^https?:\/\//i.test(u.trim()) ? u.trim() : undefined;
}

function fromJsonLd(blocks: readonly string[]): PageMetadata {
  for (const text of blocks) {
    let parsed: Json;
    try {
      parsed = JSON.parse(text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')) as Json;
    } catch {
      continue; // publishers ship broken JSON-LD; it is only a hint
    }
    const article = objects(parsed).find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
    if (!article) continue;
    const publisher = article['publisher'];
    return {
      title: clean(article['headline']) ?? clean(article['name']),
      author: names(article['author']) ?? names(article['creator']),
      published: isoDate(clean(article['datePublished']) ?? clean(article['dateCreated'])),
      modified: isoDate(clean(article['dateModified'])),
      sourceUrl: urlOf(article['url']) ?? urlOf(article['mainEntityOfPage']),
      siteName: publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? clean(publisher['name']) : undefined,
    };
  }
  return {};
}

function metaTags(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = clean(m.getAttribute('content'));
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

function pick(map: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) if (map.has(k)) return map.get(k);
  return undefined;
}

/** "Headline | Site" → "Headline" when the other part is the site's name. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const parts = title.split(/\s+[|\-–—:·]\s+/);
  if (parts.length < 2) return title;
  if (parts[parts.length - 1]!.toLowerCase() === site.toLowerCase()) return parts.slice(0, -1).join(' - ');
  if (parts[0]!.toLowerCase() === site.toLowerCase()) return parts.slice(1).join(' - ');
  return title;
}

export function pageMetadata(doc: DomDocument, jsonLd: readonly string[]): PageMetadata {
  const ld = fromJsonLd(jsonLd);
  const meta = metaTags(doc);
  const canonical = Array.from(doc.querySelectorAll('link[rel]'))
    .filter((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''))
    .map((l) => (l.getAttribute('href') ?? '').trim())
    .find((h) => /^https?:\/\//i.test(h));
  const ogUrl = pick(meta, ['og:url']);
  const siteName = pick(meta, ['og:site_name', 'application-name']) ?? ld.siteName;
  const titleTag = clean(doc.querySelectorAll('title')[0]?.textContent);
  const metaAuthor = pick(meta, ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl']);
  const result: PageMetadata = {
    title: ld.title ?? pick(meta, ['og:title', 'twitter:title', 'dc.title', 'dcterms.title']) ?? withoutSiteName(titleTag, siteName),
    author: ld.author ?? (metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : undefined),
    published: ld.published ?? isoDate(pick(meta, ['article:published_time', 'og:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date'])),
    modified: ld.modified ?? isoDate(pick(meta, ['article:modified_time', 'og:updated_time', 'dcterms.modified'])),
    sourceUrl: canonical ?? (ogUrl && /^https?:\/\//i.test(ogUrl) ? ogUrl : undefined) ?? ld.sourceUrl,
    language: clean(doc.documentElement?.getAttribute('lang')) ?? pick(meta, ['dc.language', 'og:locale']),
    siteName,
  };
  for (const k of Object.keys(result) as Array<keyof PageMetadata>) if (result[k] === undefined) delete result[k];
  return result;
}
