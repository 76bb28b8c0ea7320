// A service as the app's hosts make one, over a data folder of its own (settings file and
// default study inside), for tests and benchmarks.

import { SourcemarkService, type ServiceOptions } from '../api/service';
import { dataFolder } from '../../hosting/settings-file';

export type TestServiceOptions = Omit<ServiceOptions, 'settings' | 'defaultStudyPath'> & { dataDir: string };

export function testService({ dataDir, ...rest }: TestServiceOptions): SourcemarkService {
  return new SourcemarkService({ ...rest, ...dataFolder(dataDir) });
}
