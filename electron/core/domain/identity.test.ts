import { describe, expect, it } from 'vitest';
import { IdentitySchema, normalizeOrcid } from './identity';

describe('normalizeOrcid', () => {
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'], // ORCID's own example
    ['https://orcid.org/0000-0001-5109-3700', '0000-0001-5109-3700'],
    ['0000000218250097', '0000-0002-1825-0097'],
    ['0000-0002-1694-233x', '0000-0002-1694-233X'], // check digit X
    ['0000-0002-1825-0098', null], // wrong check digit
    ['0000-0002-1825', null],
    ['ana@example.org', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeOrcid(input)).toBe(expected);
  });
});

describe('IdentitySchema', () => {
  it('tidies a name and turns empty extras into null', () => {
    expect(IdentitySchema.parse({ name: '  Ana   Lima ', email: ' ', orcid: '' })).toEqual({ name: 'Ana Lima', email: null, orcid: null });
  });
  it.each([
    [{ name: '' }, 'Give a name.'],
    [{ name: 'Ana', email: 'not-an-address' }, 'That is not an e-mail address.'],
    [{ name: 'Ana', orcid: '1234' }, 'That is not an ORCID iD'],
  ])('refuses %j', (input, message) => {
    const r = IdentitySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toContain(message);
  });
});
