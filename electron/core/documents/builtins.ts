// pdf.js's legacy build carries core-js polyfills that, when it loads, replace some of the
// engine's own functions with JavaScript wrappers: JSON.stringify, JSON.parse,
// Array.prototype.push, Function.prototype.toString (measured on Node 20). Node needs none of
// them, and they slowed the whole process: once any PDF had been imported, every later
// JSON.stringify took about forty times as long (a 6 MB getDocument response: over 500 ms).
// A library that may do this is loaded through `keepingBuiltins`, which puts back every
// standard function it replaced; what it only adds (newer APIs) stays.

const OWNERS: Record<string, object> = {
  JSON,
  Math,
  Reflect,
  Object,
  'Object.prototype': Object.prototype,
  Array,
  'Array.prototype': Array.prototype,
  'String.prototype': String.prototype,
  'Number.prototype': Number.prototype,
  'Function.prototype': Function.prototype,
  Promise,
  'Promise.prototype': Promise.prototype,
  'Map.prototype': Map.prototype,
  'Set.prototype': Set.prototype,
  'RegExp.prototype': RegExp.prototype,
  'Date.prototype': Date.prototype,
  'Uint8Array.prototype': Uint8Array.prototype,
};

type Snapshot = Array<{ owner: object; key: PropertyKey; value: unknown }>;

/** The functions each standard object holds as its own data properties. */
function snapshot(): Snapshot {
  const out: Snapshot = [];
  for (const owner of Object.values(OWNERS)) {
    for (const key of Reflect.ownKeys(owner)) {
      const d = Object.getOwnPropertyDescriptor(owner, key);
      if (d && 'value' in d && typeof d.value === 'function') out.push({ owner, key, value: d.value });
    }
  }
  return out;
}

/** Puts back each function of the snapshot that was replaced; returns their names. */
function restore(before: Snapshot): string[] {
  const restored: string[] = [];
  for (const { owner, key, value } of before) {
    const d = Object.getOwnPropertyDescriptor(owner, key);
    if (!d || d.value === value) continue;
    Object.defineProperty(owner, key, { ...d, value });
    restored.push(`${Object.entries(OWNERS).find(([, o]) => o === owner)![0]}.${String(key)}`);
  }
  return restored;
}

/** Runs `load`, then restores every standard function it replaced meanwhile. */
export async function keepingBuiltins<T>(load: () => Promise<T>, onRestored?: (names: string[]) => void): Promise<T> {
  const before = snapshot();
  try {
    return await load();
  } finally {
    const names = restore(before);
    if (names.length) onRestored?.(names);
  }
}
