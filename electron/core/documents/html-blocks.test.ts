import { describe, expect, it } from 'vitest';
import { canonicalText, type Block } from '../text/model';
import { parseHtmlDocument } from './dom';
import { htmlToBlocks } from './html-blocks';

const blocks = (html: string, baseUrl?: string): Block[] => htmlToBlocks(parseHtmlDocument(`<html><body>${html}</body></html>`).body!, { baseUrl });
const text = (html: string) => canonicalText(blocks(html));

describe('HTML → canonical text', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['whitespace collapses as a browser shows it', '<p>  a \n  b\t\tc  </p>', 'a b c'],
    ['no doubled space across elements', '<p>a <b> b </b> c</p>', 'a b c'],
    ['non-breaking spaces are kept', '<p>10&nbsp;km</p>', '10\u00a0km'],
    ['br is a line break, trimmed around it', '<p>line one <br> line two<br></p>', 'line one\nline two'],
    ['bare text in divs', '<div>alpha<div>beta</div>gamma</div>', 'alpha\nbeta\ngamma'],
    ['headings', '<h2>Title</h2><p>Body</p>', 'Title\nBody'],
    ['lists, nested', '<ul><li>a<ul><li>a1</li></ul></li><li><p>b</p></li></ul><ol start="3"><li>c</li></ol>', 'a\na1\nb\nc'],
    ['a list nested straight in a list joins the item before it', '<ul><li>a</li><ul><li>a1</li></ul><li>b</li></ul>', 'a\na1\nb'],
    ['block quotes', '<blockquote><p>q1</p><p>q2</p></blockquote>', 'q1\nq2'],
    ['pre keeps its lines', '<pre>\n  x = 1\n  y = 2\n</pre>', '  x = 1\n  y = 2'],
    ['data table: one unit per cell', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', 'A\nB\n1\n2'],
    ['table caption before the table', '<table><caption>Cap</caption><tr><td>1</td><td>2</td></tr></table>', 'Cap\n1\n2'],
    ['layout table: cells read as blocks', '<table><tr><td><h1>Head</h1><p>p1</p></td><td><p>side</p></td></tr></table>', 'Head\np1\nside'],
    ['empty table rows vanish', '<table><tr><td> </td><td></td></tr><tr><td>x</td><td>y</td></tr></table>', 'x\ny'],
    ['script, style, template, svg, noscript, forms: no text', '<p>a</p><script>S()</script><style>.s{}</style><template>T</template><svg><text>G</text></svg><noscript>N</noscript><button>B</button><select><option>O</option></select><textarea>X</textarea><p>b</p>', 'a\nb'],
    ['hidden elements: no text', '<p>a</p><div hidden>h1</div><div aria-hidden="true">h2</div><div style="display: none">h3</div><p style="visibility:hidden">h4</p>', 'a'],
    ['images contribute nothing', '<p>a <img src="x.png" alt="ALT"> b</p>', 'a b'],
    ['ruby annotations are not base text', '<p><ruby>漢<rt>かん</rt>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby></p>', '漢字'],
    ['rules are not text', '<p>a</p><hr><p>b</p>', 'a\nb'],
    ['elements named like Object’s properties are plain', '<p><constructor>a</constructor> <valueof>b</valueof> <tostring>c</tostring></p>', 'a b c'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('keeps marks, with code excluding the others', () => {
    expect(blocks('<p><b>B <i>BI</i></b> <s>S</s> <code>c<b>d</b></code></p>')).toEqual([
      { type: 'paragraph', content: [{ text: 'B ', bold: true }, { text: 'BI', bold: true, italic: true }, { text: ' ' }, { text: 'S', strike: true }, { text: ' ' }, { text: 'cd', code: true }] },
    ]);
  });

  it('keeps only http(s) and mailto links; javascript: links are dead text', () => {
    const b = blocks('<p><a href="https://a.org/x">web</a> <a href="mailto:x@y.org">mail</a> <a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href="/rel">rel</a> <a href="#top">top</a></p>');
    expect(b).toEqual([
      { type: 'paragraph', content: [{ text: 'web', href: 'https://a.org/x' }, { text: ' ' }, { text: 'mail', href: 'mailto:x@y.org' }, { text: ' js data rel top' }] },
    ]);
  });

  it('resolves relative links against the page URL, and still drops javascript:', () => {
    const b = blocks('<p><a href="/rel">rel</a> <a href="JavaScript:x()">js</a></p>', 'https://news.example/a/b');
    expect(b[0]).toEqual({ type: 'paragraph', content: [{ text: 'rel', href: 'https://news.example/rel' }, { text: ' js' }] });
  });

  it('gives every list item a leading paragraph (the reader needs one)', () => {
    const b = blocks('<ul><li><h3>Head</h3><p>more</p></li><li><table><tr><td>1</td><td>2</td></tr></table></li></ul>');
    expect(b).toEqual([
      {
        type: 'bulletList',
        items: [
          [{ type: 'paragraph', content: [{ text: 'Head' }] }, { type: 'paragraph', content: [{ text: 'more' }] }],
          [{ type: 'paragraph', content: [{ text: '1' }] }, { type: 'paragraph', content: [{ text: '2' }] }],
        ],
      },
    ]);
  });

  it('builds a table block whose cells keep their inline runs', () => {
    expect(blocks('<table><thead><tr><th>Name</th><th>Site</th></tr></thead><tbody><tr><td>X</td><td><a href="https://x.org">x</a><br>y</td></tr></tbody></table>')).toEqual([
      { type: 'table', rows: [[[{ text: 'Name' }], [{ text: 'Site' }]], [[{ text: 'X' }], [{ text: 'x', href: 'https://x.org' }, { br: true }, { text: 'y' }]]] },
    ]);
  });

  it('reads a single-column table as layout, its cells as paragraphs', () => {
    expect(blocks('<table><tr><td>one</td></tr><tr><td>two</td></tr></table>')).toEqual([
      { type: 'paragraph', content: [{ text: 'one' }] },
      { type: 'paragraph', content: [{ text: 'two' }] },
    ]);
  });

  it('survives pathologically deep nesting by flattening it', () => {
    const deep = '<div>'.repeat(3000) + 'deep text' + '</div>'.repeat(3000);
    expect(text(`<p>top</p>${deep}`)).toBe('top\ndeep text');
  });
});
