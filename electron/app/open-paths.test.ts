import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, sortOpenRequests } from './open-paths';

describe('files the operating system hands the app', () => {
  it.each<[string, string[], number, string[]]>([
    ['a packaged app opened with a study', ['/opt/Sourcemark/sourcemark', 'Team.sourcemark'], 1, ['/home/ana/Team.sourcemark']],
    ['electron . in development', ['/usr/bin/electron', '.', 'a.md', '--inspect=0'], 2, ['/home/ana/a.md']],
    ['Chromium flags are not files', ['/opt/x', '--no-sandbox', '--allow-file-access-from-files', '/tmp/b.pdf'], 1, ['/tmp/b.pdf']],
    ['nothing', ['/opt/x'], 1, []],
  ])('%s', (_what, argv, skip, files) => {
    expect(filesFromArgv(argv, '/home/ana', skip)).toEqual(files.map((f) => path.resolve(f)));
  });

  it('sends studies to be opened and everything else to the importer', () => {
    expect(sortOpenRequests(['/a/Team.sourcemark', '/a/report.pdf', '/a/B.SOURCEMARK', '/a/page.html'])).toEqual({
      studies: ['/a/Team.sourcemark', '/a/B.SOURCEMARK'],
      articles: ['/a/report.pdf', '/a/page.html'],
    });
  });
});
