import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';
import { canonicalText } from './model';

const p = (...content: Array<Record<string, unknown>>) => ({ type: 'paragraph', content });

describe('parseMarkdown', () => {
  it.each<[string, string, unknown[]]>([
    ['heading with bold', '## **Title**', [{ type: 'heading', level: 2, content: [{ text: 'Title', bold: true }] }]],
    ['soft break is a space', 'a\nb', [p({ text: 'a b' })]],
    ['hard break is a break', 'a  \nb', [p({ text: 'a' }, { br: true }, { text: 'b' })]],
    ['<br> is a break', 'a<br>b', [p({ text: 'a' }, { br: true }, { text: 'b' })]],
    ['emphasis and strike', '*i* ~~s~~', [p({ text: 'i', italic: true }, { text: ' ' }, { text: 's', strike: true })]],
    ['code excludes other marks', '**`x`**', [p({ text: 'x', code: true })]],
    ['http links keep their target', '[a](https://x.org)', [p({ text: 'a', href: 'https://x.org' })]],
    ['"#" links lose theirs', '[a](#)', [p({ text: 'a' })]],
    ['javascript: links stay literal text', '[a](javascript:alert(1))', [p({ text: '[a](javascript:alert(1))' })]],
    ['data: links lose their target', '<data:text/html,x>', [p({ text: '<data:text/html,x>' })]],
    ['ftp: links lose their target', '[f](ftp://x.org/a)', [p({ text: 'f' })]],
    ['autolinks', '<https://x.org/a>', [p({ text: 'https://x.org/a', href: 'https://x.org/a' })]],
    ['images are dropped', 'a ![alt](http://x/y.png) b', [p({ text: 'a  b' })]],
    ['inline HTML tags are dropped', 'a <span onclick="x()">b</span> c', [p({ text: 'a b c' })]],
    ['HTML blocks become their text', '<div>x <script>bad()</script><b>y</b></div>', [p({ text: 'x y' })]],
    ['entities and escapes are decoded', '&amp; \\*not em\\*', [p({ text: '& *not em*' })]],
    ['rules', 'a\n\n---\n\nb', [p({ text: 'a' }), { type: 'rule' }, p({ text: 'b' })]],
    ['fenced code', '```\nx\n y\n```', [{ type: 'codeBlock', text: 'x\n y' }]],
    ['blockquote', '> q', [{ type: 'blockquote', content: [p({ text: 'q' })] }]],
    ['lists', '- a\n- b\n\n3. c', [
      { type: 'bulletList', items: [[p({ text: 'a' })], [p({ text: 'b' })]] },
      { type: 'orderedList', start: 3, items: [[p({ text: 'c' })]] },
    ]],
    ['list item starting with a heading', '- # h', [{ type: 'bulletList', items: [[p({ text: 'h' })]] }]],
    ['empty items and headings vanish', '-\n- a\n\n#', [{ type: 'bulletList', items: [[p({ text: 'a' })]] }]],
    ['tables become tab-separated rows', '| a | b |\n|---|---|\n| 1 | 2 |', [p({ text: 'a\tb' }), p({ text: '1\t2' })]],
  ])('%s', (_name, source, blocks) => {
    expect(parseMarkdown(source)).toEqual(blocks);
  });

  it('joins text blocks with one newline, at any depth', () => {
    const blocks = parseMarkdown('# T\n\n> a\n>\n> b\n\n- c\n  - d\n\n---\n\n```\ne\nf\n```');
    expect(canonicalText(blocks)).toBe('T\na\nb\nc\nd\ne\nf');
  });
});
