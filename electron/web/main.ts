// `npm run web`: the same app in a browser. Starts the service on the default (or given)
// study and the web host on 127.0.0.1, and prints the address to open.
//   node dist/web/web-host.cjs [--port N] [--data-dir DIR] [--study FILE]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { SourcemarkService } from '../core/api/service';
import { workerExtractor } from '../core/isolation/extractor';
import { dataFolder, defaultDataDir } from '../hosting/settings-file';
import { startWebHost } from './host';

const DEFAULT_PORT = 4517;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      study: { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.SOURCEMARK_DATA_DIR ?? defaultDataDir());
  const extract = workerExtractor(path.resolve(__dirname, '../workers/extract.cjs'));
  const service = new SourcemarkService({ ...dataFolder(dataDir), extract, ...(values.study ? { studyPath: path.resolve(values.study) } : {}) }).start();
  const rendererDir = path.resolve(__dirname, '../renderer');

  const wanted = values.port !== undefined ? Number(values.port) : DEFAULT_PORT;
  let host;
  try {
    host = await startWebHost({ api: service, rendererDir, port: wanted });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || values.port !== undefined) throw e;
    host = await startWebHost({ api: service, rendererDir, port: 0 });
  }
  const session = service.getSession();
  console.log(`Sourcemark (browser mode) is serving the study ${session.study?.path}`);
  if (session.startupError) console.log(`Note: ${session.startupError}`);
  console.log(`Open ${host.url}`);

  const stop = async () => {
    await host.close();
    service.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`Sourcemark could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
