// Page object for the Sourcemark window in browser mode. Selections are placed through the
// DOM (Home/Ctrl+Home were unreliable in headless Chromium); everything else is real input.

import { expect, type Locator, type Page } from '@playwright/test';
import type { HostProcess } from '../host';

export class SourcemarkPage {
  constructor(
    readonly page: Page,
    readonly host: HostProcess,
  ) {}

  /** Open the app; a fresh study's welcome (who is annotating?) is skipped unless asked for. */
  async goto({ keepWelcome = false } = {}): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(this.page.locator('.app[data-ready]')).toBeAttached();
    await expect(this.page.locator('.panes')).toBeVisible();
    const welcome = this.page.getByRole('dialog', { name: 'Welcome to Sourcemark' });
    if (!keepWelcome && (await welcome.count())) {
      await welcome.getByRole('button', { name: 'Skip' }).click();
      await expect(welcome).toHaveCount(0);
    }
  }

  get reader(): Locator {
    return this.page.locator('.reader-text');
  }
  get libraryDocs(): Locator {
    return this.page.locator('.library .doc');
  }
  get entries(): Locator {
    return this.page.locator('.ann');
  }
  get note(): Locator {
    return this.page.locator('#annotation-note');
  }
  get notices(): Locator {
    return this.page.locator('.notice');
  }
  get tagBar(): Locator {
    return this.page.locator('.tag-bar');
  }

  async importFiles(files: string[]): Promise<void> {
    await this.page.locator('[data-testid=import-input]').setInputFiles(files);
    await expect(this.page.locator('.notice.busy')).toHaveCount(0);
  }

  async openDocument(title: string): Promise<void> {
    await this.libraryDocs.filter({ hasText: title }).click();
    await expect(this.page.locator('.doc-title')).toHaveText(title);
  }

  /** Place a DOM range over the `occurrence`-th match of `needle` (or a caret at its start). */
  private async placeRange(needle: string, occurrence: number, collapse: boolean): Promise<void> {
    // The text may still be on its way (a document just imported or opened), and a dialog just
    // closed gives focus back as it goes: wait for both.
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
    await expect(this.page.locator('.reader-text')).toContainText(needle);
    await this.reader.focus();
    await this.page.evaluate(
      ([needle, occurrence, collapse]) => {
        const root = document.querySelector('.reader-text')!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        // Matches may cross highlight spans: search the concatenated text, then map back.
        const nodes: Text[] = [];
        let all = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n as Text);
          all += (n as Text).data;
        }
        let at = -1;
        for (let k = 0; k <= occurrence; k++) at = all.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`text not found in the reader: ${needle}`);
        // A start at a node boundary belongs to the next node, an end to the previous one.
        const locate = (offset: number, isStart: boolean): [Text, number] => {
          for (const n of nodes) {
            if (isStart ? offset < n.data.length : offset <= n.data.length) return [n, offset];
            offset -= n.data.length;
          }
          throw new Error('offset past the end');
        };
        const range = document.createRange();
        range.setStart(...locate(at, true));
        if (collapse) range.collapse(true);
        else range.setEnd(...locate(at + needle.length, false));
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      },
      [needle, occurrence, collapse] as const,
    );
  }

  /** Select text as a mouse drag would leave it, and wait for the tag bar. */
  async selectText(needle: string, occurrence = 0): Promise<void> {
    await this.placeRange(needle, occurrence, false);
    await expect(this.tagBar).toBeVisible();
  }

  /** Select by dragging the mouse across the text, as a reader would. */
  async dragSelect(needle: string, occurrence = 0): Promise<void> {
    await this.placeRange(needle, occurrence, false);
    // Scroll it into view and let off-screen chunks lay out before measuring.
    await this.page.evaluate(async () => {
      getSelection()!.getRangeAt(0).startContainer.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const box = await this.page.evaluate(() => {
      const rects = getSelection()!.getRangeAt(0).getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      getSelection()!.collapseToStart();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    });
    await expect(this.tagBar).toHaveCount(0);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
    await expect(this.tagBar).toBeVisible();
    expect(await this.page.evaluate(() => getSelection()!.toString())).toBe(needle);
  }

  /** Select with the keyboard: caret before the text, then Shift+→ once per character. */
  async selectWithKeyboard(needle: string, occurrence = 0): Promise<void> {
    await this.placeRange(needle, occurrence, true);
    for (let i = 0; i < Array.from(needle).length; i++) await this.page.keyboard.press('Shift+ArrowRight');
    await expect(this.tagBar).toBeVisible();
    expect(await this.page.evaluate(() => getSelection()!.toString())).toBe(needle);
  }

  async tagWithBar(tag: 'claim' | 'quote' | 'figure' | 'location'): Promise<void> {
    const before = await this.entries.count();
    await this.tagBar.locator(`button[data-tag=${tag}]`).click();
    await expect(this.entries).toHaveCount(before + 1);
  }

  async tagWithKey(key: string): Promise<void> {
    const before = await this.entries.count();
    await this.page.keyboard.press(key);
    await expect(this.entries).toHaveCount(before + 1);
  }

  /** The list entry whose quoted text is exactly `text`. */
  entry(text: string): Locator {
    return this.entries.filter({ has: this.page.locator('.ann-quote').getByText(text, { exact: true }) });
  }

  /** The highlight segments of one annotation, found through its list entry's id. */
  async highlightOf(entryText: string): Promise<Locator> {
    const id = (await this.entry(entryText).first().getAttribute('id'))!.replace(/^ann-/, '');
    return this.page.locator(`.reader-text [data-ids~="${id}"]`);
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }
  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** Export through the dialog (Ctrl+E, or Ctrl+Shift+E for the study) and return the downloaded file. */
  async export(scope: 'document' | 'study', format = 'W3C Web Annotation'): Promise<{ name: string; text: string; bytes: Buffer }> {
    await this.page.keyboard.press(scope === 'document' ? 'Control+e' : 'Control+Shift+e');
    const dialog = this.page.getByRole('dialog', { name: 'Export annotations' });
    await dialog.getByRole('radio', { name: new RegExp(format) }).check();
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const d = await download;
    const chunks: Buffer[] = [];
    for await (const chunk of await d.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    return { name: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }
}
