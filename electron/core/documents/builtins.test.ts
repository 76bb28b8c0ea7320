import { describe, expect, it } from 'vitest';
import { keepingBuiltins } from './builtins';
import { loadPdfjs } from './pdf';

describe('keepingBuiltins', () => {
  it('puts back a standard function a library replaced, and keeps what it only added', async () => {
    const push = Array.prototype.push;
    const stringify = JSON.stringify;
    let restored: string[] = [];
    await keepingBuiltins(
      async () => {
        Array.prototype.push = function (...items: unknown[]) {
          return push.apply(this, items);
        };
        JSON.stringify = ((v: unknown) => stringify(v)) as typeof JSON.stringify;
        (Map.prototype as unknown as { brandNew: () => number }).brandNew = () => 1;
      },
      (names) => (restored = names),
    );
    expect(Array.prototype.push).toBe(push);
    expect(JSON.stringify).toBe(stringify);
    expect(restored.sort()).toEqual(['Array.prototype.push', 'JSON.stringify']);
    expect(typeof (Map.prototype as unknown as { brandNew?: unknown }).brandNew).toBe('function');
    delete (Map.prototype as unknown as { brandNew?: unknown }).brandNew;
  });

  it('loading pdf.js leaves JSON, Array.prototype.push and Function.prototype.toString as the engine made them', async () => {
    const before = [JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString];
    await loadPdfjs();
    expect([JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString]).toEqual(before);
  });
});
