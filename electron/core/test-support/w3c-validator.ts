// Validates JSON against the W3C Web Annotation test suite's MUST assertions (the JSON
// Schemas web-platform-tests runs, vendored in test-fixtures/validators/w3c). The schemas
// refer to each other by bare file name, so every schema is registered under one base URI.

import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { repoRoot } from './samples';

const SCHEMAS = path.join(repoRoot, 'test-fixtures/validators/w3c/schemas');
const BASE = 'http://w3c-annotation-tests.invalid/';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function load(): Ajv {
  const ajv = new Ajv({ allErrors: false, strict: false, logger: false });
  addFormats(ajv);
  const added = new Set<string>();
  for (const file of walk(SCHEMAS).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    schema.id = BASE + path.basename(file);
    // Two folders hold the same assertion (3.2.2-targType, 3.3.3-targAudience) in equivalent forms.
    if (added.has(schema.id as string)) continue;
    added.add(schema.id as string);
    ajv.addSchema(schema);
  }
  return ajv;
}

let ajv: Ajv | undefined;

/** The MUST assertions a `.test` file lists (e.g. "annotations/annotationMusts.test"). */
export function mustAssertions(testFile: string): string[] {
  const spec = JSON.parse(fs.readFileSync(path.join(SCHEMAS, testFile), 'utf8')) as { assertions: string[] };
  return spec.assertions.filter((a) => {
    const s = JSON.parse(fs.readFileSync(path.join(SCHEMAS, a), 'utf8')) as { assertionType?: string };
    return s.assertionType === 'must';
  });
}

/** Names of the assertions in `testFile` that `data` fails, each with its error message. */
export function failedMusts(testFile: string, data: unknown): string[] {
  ajv ??= load();
  const failed: string[] = [];
  for (const a of mustAssertions(testFile)) {
    const validate = ajv.getSchema(BASE + path.basename(a));
    if (!validate) throw new Error(`schema not loaded: ${a}`);
    if (!validate(data)) {
      const s = validate.schema as { errorMessage?: string };
      failed.push(`${path.basename(a)}: ${s.errorMessage ?? ajv.errorsText(validate.errors)}`);
    }
  }
  return failed;
}

/** Whether `data` meets one assertion (a SHOULD too), e.g. "annotations/specificResource/4.2.1-conformsTo.json". */
export function meets(assertion: string, data: unknown): boolean {
  ajv ??= load();
  const validate = ajv.getSchema(BASE + path.basename(assertion));
  if (!validate) throw new Error(`schema not loaded: ${assertion}`);
  return validate(data) as boolean;
}

export const W3C_SAMPLES = path.join(repoRoot, 'test-fixtures/validators/w3c/samples');
