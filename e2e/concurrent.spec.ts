// Another program writing to the open study (a script's import): the app's change waits,
// says so, and is saved once the other program is done; nothing is lost or refused.

import Database from 'better-sqlite3';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

test('a change made while another program writes waits visibly, then is saved', async ({ sm, page, host }) => {
  await sm.importFiles([SAMPLE]);
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  const other = new Database(host.studyPath);
  other.exec('BEGIN IMMEDIATE');
  try {
    await sm.selectText('Jalalabad');
    await page.keyboard.press('4');
    await expect(page.getByTestId('write-wait')).toContainText('Another program is writing to “My study.sourcemark”; waiting for it to finish.');
    // Reading goes on meanwhile.
    await sm.openDocument(SAMPLE_TITLE);
    await expect(sm.entries).toHaveCount(0);
  } finally {
    other.exec('COMMIT');
    other.close();
  }
  await expect(sm.entries).toHaveCount(1);
  await expect(page.getByTestId('write-wait')).toHaveCount(0);
  await expect(sm.entries.locator('.ann-quote')).toHaveText(['Jalalabad']);
});
