// Test fixtures: web pages the way news sites ship them — an article surrounded by a menu,
// a cookie banner, ads, a share bar, related links, comments and a footer, with scripts,
// styles, tracking pixels and JSON-LD — and encoders for legacy character sets.

export const ARTICLE_PARAGRAPHS = [
  'The city council voted on Monday to approve the new water treatment plant, ending a debate that has lasted more than four years and divided residents.',
  'Supporters said the plant, which will cost an estimated 40 million euros, would secure drinking water for the next three decades, while opponents warned of rising bills.',
  '“We cannot wait for the next drought,” said the mayor, Ana Ruiz, speaking after the vote. She added that construction would begin in the spring.',
  'Engineers expect the plant to process 120,000 cubic metres of water a day once it is complete, roughly double the capacity of the current facility.',
  'Residents of the eastern districts, where pipes are oldest, will be connected first, according to the council’s published timetable.',
];

export interface PageOptions {
  jsonLd?: string;
  head?: string;
  bodyStart?: string;
  articleExtra?: string;
  charsetMeta?: string;
}

export function newsPage(o: PageOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  ${o.charsetMeta ?? '<meta charset="utf-8">'}
  <title>Council approves water plant | The Daily Example</title>
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:url" content="https://daily.example/news/water-plant">
  <meta name="author" content="Meta Author">
  <link rel="canonical" href="https://daily.example/news/water-plant?ref=canonical">
  <link rel="stylesheet" href="https://cdn.example/site.css">
  <style>body { font-family: STYLE_TEXT_MARKER; }</style>
  <script src="https://ads.example/tracker.js"></script>
  <script>window.SCRIPT_TEXT_MARKER = function () { document.write("<p>injected</p>"); };</script>
  ${o.jsonLd === undefined ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves water plant after four-year debate","author":{"@type":"Person","name":"Maria Lopez"},"datePublished":"2024-03-04T09:30:00+01:00","dateModified":"2024-03-05T10:00:00+01:00"}</script>` : o.jsonLd}
  ${o.head ?? ''}
</head>
<body onload="SCRIPT_TEXT_MARKER()">
  ${o.bodyStart ?? ''}
  <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
  <header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="javascript:openMenu()">Menu</a></li></ul></nav></header>
  <div class="ad-banner advertisement">ADVERTISEMENT Buy one get one free</div>
  <main>
    <article class="article">
      <h1>Council approves water plant after four-year debate</h1>
      <p class="byline">By <a href="/authors/maria">Maria Lopez</a></p>
      <div class="share-bar social">Share: <a href="https://twitter.example/share">Twitter</a> <a href="javascript:void(0)" onclick="share()">Copy link</a></div>
      ${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n      ')}
      <p>Read the <a href="/docs/timetable.pdf">full timetable</a> or <a href="javascript:alert('x')">print this page</a>.</p>
      ${o.articleExtra ?? ''}
      <img src="https://tracker.example/pixel.gif" width="1" height="1" alt="">
    </article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Bridge repairs delayed</a></li><li><a href="/b">Budget row continues</a></li></ul></aside>
    <section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>First! Great article.</p></div></section>
  </main>
  <footer class="site-footer"><p>© 2024 The Daily Example. All rights reserved.</p><a href="/contact">Contact</a></footer>
  <script>trackPageView("SCRIPT_TEXT_MARKER_2");</script>
</body>
</html>`;
}

/** windows-1251 bytes for text of ASCII and Russian letters (А–я, Ё, ё). */
export function windows1251(s: string): Uint8Array {
  return Uint8Array.from([...s].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`not in the fixture's windows-1251 table: ${ch}`);
  }));
}

/** Bytes of an ASCII string with raw bytes spliced in where `{hex}` appears. */
export function bytesWith(template: string): Uint8Array {
  const out: number[] = [];
  for (const part of template.split(/(\{[0-9a-f ]+\})/i)) {
    if (/^\{[0-9a-f ]+\}$/i.test(part)) out.push(...part.slice(1, -1).trim().split(/\s+/).map((h) => parseInt(h, 16)));
    else out.push(...new TextEncoder().encode(part));
  }
  return Uint8Array.from(out);
}
