// The one error for a file that cannot be used: its message is the reason, phrased to follow
// "“file” cannot be imported: …". Readers throw it; operations add the file name.

export class InputError extends Error {
  override name = 'InputError';
}

/** Bytes as a human size: "4.2 MB", "512 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1048576).toFixed(n >= 10 * 1048576 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** A duration as a user reads it: "250 ms", "45 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
