// Who is working: a name, and optionally an e-mail address and an ORCID iD. Checked here
// so the settings, the API and the CLI refuse the same mistakes with the same words.

import { z } from 'zod';

/** ISO 7064 MOD 11-2, the check digit ORCID uses. */
function orcidCheckDigit(digits: string): string {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** An ORCID iD in its canonical 0000-0000-0000-000X form, or null if it is not one. */
export function normalizeOrcid(input: string): string | null {
  const bare = input.trim().replace(/^https?:\/\/(www\.)?orcid\.org\//i, '').toUpperCase();
  const m = /^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$/.exec(bare);
  if (!m) return null;
  const all = m.slice(1).join('');
  if (orcidCheckDigit(all.slice(0, 15)) !== all[15]) return null;
  return m.slice(1).join('-');
}

export const IdentitySchema = z.object({
  name: z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Give a name.').max(200, 'A name is at most 200 characters.')),
  email: z
    .string()
    .trim()
    .max(320)
    .transform((s) => s || null)
    .pipe(z.email('That is not an e-mail address.').nullable())
    .nullable()
    .optional(),
  orcid: z
    .string()
    .transform((s, ctx) => {
      if (!s.trim()) return null;
      const id = normalizeOrcid(s);
      if (!id) ctx.addIssue({ code: 'custom', message: 'That is not an ORCID iD (0000-0000-0000-000X, with a valid check digit).' });
      return id;
    })
    .nullable()
    .optional(),
});

export interface Identity {
  name: string;
  email: string | null;
  orcid: string | null;
}
