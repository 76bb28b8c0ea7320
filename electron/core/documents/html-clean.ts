// Cuts what is never text out of an HTML source before it is parsed: scripts, styles,
// templates, comments, embedded SVG/MathML, data: URIs. A saved page may carry megabytes of
// inline script or base64 images; removing them from the string first keeps the DOM small
// and extraction fast. JSON-LD blocks are kept aside for metadata. The converter drops the
// same elements again from the DOM, so anything this pass misses still never becomes text.

export interface CleanHtml {
  html: string;
  /** Contents of <script type="application/ld+json"> blocks, in order (each capped). */
  jsonLd: string[];
}

const MAX_JSON_LD = 512 * 1024;

// Raw-text and never-text elements, with their content, up to their own closing tag. An
// unclosed one runs to the end of the file, as in a browser.
const NEVER_TEXT = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template|svg|math|iframe|object|textarea|xmp)(?=[\s/>])([^>]*)>([\s\S]*?)(?:<\/\1\s*>|$)/gi;

export function cleanHtml(html: string): CleanHtml {
  const jsonLd: string[] = [];
  const out = html.replace(NEVER_TEXT, (_all, tag: string | undefined, attrs: string | undefined, body: string | undefined) => {
    if (tag?.toLowerCase() === 'script' && /type\s*=\s*["']?application\/ld\+json/i.test(attrs ?? '') && body && body.length <= MAX_JSON_LD) {
      jsonLd.push(body);
    }
    return ' ';
  });
  // Inline images and fonts (SingleFile pages) are never text and can be most of the bytes.
  return { html: out.replace(/(\s(?:src|srcset|href|poster|style)\s*=\s*)("data:[^"]*"|'data:[^']*')/gi, '$1""'), jsonLd };
}

// Elements that are empty by definition; any other "<x/>" is XHTML's shorthand for "<x></x>",
// which an HTML parser reads as an opening tag ("<title/>" would swallow the whole chapter).
const SELF_CLOSING = /<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)[\s/>])([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)\s*\/>/g;

/** XHTML → HTML an HTML parser reads the same way: "<p/>" becomes "<p></p>". */
export function expandSelfClosing(xhtml: string): string {
  return xhtml.replace(SELF_CLOSING, '<$1$2></$1>');
}

/** Whether a source is XHTML (an XML declaration or the XHTML namespace up front). */
export function isXhtml(head: string): boolean {
  return /^\s*<\?xml/.test(head) || /<html[^>]+xmlns\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/i.test(head.slice(0, 4096));
}
