// One sample of each reader figure, taken in a page of the app (reader-bench.ts drives them).
// Scripts run in the page as source text, so the bundler's helpers never reach it.

import type { Page } from '@playwright/test';

const docButton = (title: string) => `[...document.querySelectorAll('.library .doc')].find((b) => b.textContent.includes(${JSON.stringify(title)}))`;
const titleIs = (title: string) => `document.querySelector('.doc-title')?.textContent.includes(${JSON.stringify(title)})`;
/** The first paragraph of the reader is laid out inside the visible part of the reader. */
const TEXT_VISIBLE = `(() => {
  const p = document.querySelector('.reader-text p');
  const box = document.querySelector('.reader-scroll')?.getBoundingClientRect();
  if (!p || !box || !p.textContent) return false;
  const r = p.getBoundingClientRect();
  return r.height > 0 && r.top < box.bottom && r.bottom > box.top;
})()`;
const HIGHLIGHTS = `document.querySelectorAll('.reader-text [data-ids]').length > 0`;

/**
 * Run `act` in the page and time it until the first frame that shows its result has been
 * rendered: `done` is checked after every change to the DOM (a MutationObserver), then the
 * next animation frame runs, then a message posted from it arrives — after that frame's
 * style, layout and paint. The wait for the frame (up to one display refresh) is included.
 */
export async function measureInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    let finished = false;
    const painted = () => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now() - t0);
      ch.port2.postMessage(0);
    };
    const check = () => {
      if (finished || !(${done})) return;
      finished = true;
      observer.disconnect();
      requestAnimationFrame(painted);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    ${act};
    check();
  })`);
}

/** Request → last byte of the latest call of an API method (the core's and the transport's share). */
export async function lastApi(page: Page, method: string): Promise<number> {
  return page.evaluate(`(() => {
    const e = performance.getEntriesByType('resource').filter((x) => x.name.endsWith('/api/${method}')).at(-1);
    performance.clearResourceTimings();
    return e ? e.responseEnd - e.startTime : NaN;
  })()`);
}

export async function openDocument(page: Page, title: string): Promise<void> {
  await page.locator('.library .doc', { hasText: title }).first().click();
  await page.locator('.doc-title', { hasText: title }).waitFor();
}

export const SMALL = 'A small article';

/** Click in the library → `title` shown and its text (or, with `highlights`, its highlights) painted. */
export async function timeOpen(page: Page, title: string, until: 'title' | 'text' | 'highlights'): Promise<{ ms: number; api: number }> {
  await openDocument(page, SMALL);
  const done = until === 'title' ? titleIs(title) : `${titleIs(title)} && ${until === 'text' ? TEXT_VISIBLE : HIGHLIGHTS}`;
  const ms = await measureInPage(page, `${docButton(title)}.click()`, done);
  return { ms, api: await lastApi(page, 'getDocument') };
}

/**
 * Select four characters at the start of a paragraph, then: tag key → the new annotation
 * saved (it has the study's id), listed (its row selected in the list) and painted (a
 * highlight carrying that id). The document must be open.
 */
export async function timeTag(page: Page, paragraph: number): Promise<{ ms: number; api: number }> {
  await page.locator('.reader-text').focus();
  await page.evaluate(`(() => {
    const paras = document.querySelectorAll('.reader-text p');
    const p = paras[${paragraph} % paras.length];
    p.scrollIntoView({ block: 'center' });
    const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(4, node.data.length));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  })()`);
  await page.locator('.tag-bar').waitFor();
  // Let the scroll settle (chunks near the new place get drawn) before the key.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const ms = await measureInPage(
    page,
    `window.__before = document.querySelector('[id^="ann-"][aria-selected="true"]')?.id; document.querySelector('.reader-text').dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }))`,
    `(() => {
      const row = document.querySelector('[id^="ann-"][aria-selected="true"]');
      if (!row || row.id === window.__before) return false;
      return !!document.querySelector('.reader-text [data-ids~="' + row.id.slice(4) + '"]');
    })()`,
  );
  return { ms, api: await lastApi(page, 'createAnnotation') };
}

/** Ctrl+End from the top of the open document: pixels between its last character and the visible part once all is still (0: in view). */
export async function endShort(page: Page): Promise<number> {
  await page.locator('.reader-text p').first().click();
  await page.keyboard.press('Control+End');
  return page.evaluate(`new Promise((resolve) => {
    const scroller = document.querySelector('.reader-scroll');
    let last = -1, still = 0;
    const tick = () => {
      if (scroller.scrollTop === last) still++; else { still = 0; last = scroller.scrollTop; }
      if (still < 20) return requestAnimationFrame(tick);
      // The last character of the text, not the last block (which may be 4 MB tall).
      const walker = document.createTreeWalker(document.querySelector('.reader-text'), NodeFilter.SHOW_TEXT);
      let lastText = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim()) lastText = n;
      const range = document.createRange();
      range.setStart(lastText, lastText.data.length - 1);
      range.setEnd(lastText, lastText.data.length);
      const end = range.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      resolve(Math.max(0, Math.round(end.bottom - box.bottom), Math.round(box.top - end.top)));
    };
    tick();
  })`);
}
