// Proposes who spoke a quote, from the sentence around it: '"…," said opposition leader
// Adakhan Madumarov', '"…," he said', 'Otunbaeva predicts that …, "…"', 'according to …',
// a quote that continues the previous one. Pronouns and bare surnames are resolved to the
// nearest full name in the text before. Only ever a proposal: the user confirms it.

export interface SpeakerProposal {
  name: string;
  role: string;
  /** True for a named person, false for a described source ("a civil servant"). */
  named: boolean;
  /** The words the proposal rests on, shown to the user. */
  evidence: string;
}

const OPEN = '"“«„‘\'';
const CLOSE = '"”»“’\'';
const VERBS = String.raw`said|says|told|tells|added|adds|stated|states|explained|explains|warned|warns|claimed|claims|insisted|insists|noted|notes|argued|argues|predicted|predicts|believed|believes|sees|saw|replied|replies|continued|continues|declared|declares|wrote|writes|asked|asks|announced|announces|recalled|recalls|commented|comments|remarked|remarks`;
// A name: capitalised words, with particles (al-, bin, de, van, von) and hyphens.
const WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{L}'’-]*|(?:al|el|bin|ibn|de|van|von|der|da|di)-\p{Lu}[\p{L}'’-]*|\p{Lu}\.(?:\p{Lu}\.)*)`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der|da|di|of|for|the)\s+)?${WORD}){0,4}`;
const PRONOUN = String.raw`he|she|they`;
// A described source: "the civil servant", "a member of the Kyrgyz National Security Service".
const DESCRIBED = String.raw`(?:the|a|an|one)\s+[\p{Ll}][\p{L}'’-]*(?:\s+(?:of|for|at|in|from|the|a|an|and|[\p{L}'’-]+)){0,8}?`;
const NOT_NAMES = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'It', 'This', 'That', 'There', 'Then', 'We', 'I', 'They', 'He', 'She', 'His', 'Her', 'Their', 'Our', 'Nobody', 'Everyone', 'Someone', 'No', 'As', 'When', 'While', 'After', 'Before']);

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,.;:]+$/g, '').trim();
}

/** A capitalised run may start with a sentence word ("As Heald", "But Otunbaeva"): drop it. */
function trimName(name: string): string {
  const words = clean(name).split(' ');
  while (words.length && NOT_NAMES.has(words[0]!)) words.shift();
  return words.join(' ');
}

function stripArticle(role: string): string {
  return clean(role).replace(/^(the|a|an|who is|who|as)\s+/i, '');
}

interface Found {
  name: string;
  role: string;
  evidence: string;
  pronoun?: boolean;
  named: boolean;
}

function nameOk(name: string): boolean {
  return trimName(name) !== '';
}

/** Attribution after the closing quote mark: '," said X', '," X said', '," X, role, told …'. */
function after(text: string): Found | null {
  const t = text.replace(/^[\s,.;:!?—–-]+/, ' ');
  let m = new RegExp(String.raw`^\s*(?:${VERBS})\s+((?:[\p{Ll}][\p{L}'’-]*\s+){0,5}?)(${NAME})(?:,\s*([^,.;"“”]{3,120}?)\s*[,.;]|[\s.,;]|$)`, 'u').exec(t);
  if (m && nameOk(m[2]!)) {
    // "said a member of the Kyrgyz National Security Service": a described source, not a name.
    if (/^(a|an|the|one)\s/i.test(m[1] ?? '')) return { name: clean(`${m[1]}${m[2]}`), role: '', evidence: clean(m[0]), named: false };
    return { name: trimName(m[2]!), role: stripArticle(m[1] || m[3] || ''), evidence: clean(m[0]), named: true };
  }
  m = new RegExp(String.raw`^\s*(${NAME}),\s*([^,"“”]{3,120}?),\s*(?:${VERBS})\b`, 'u').exec(t);
  if (m && nameOk(m[1]!)) return { name: trimName(m[1]!), role: stripArticle(m[2]!), evidence: clean(m[0]), named: true };
  m = new RegExp(String.raw`^\s*(${NAME})\s+(?:${VERBS})\b`, 'u').exec(t);
  if (m && nameOk(m[1]!)) return { name: trimName(m[1]!), role: '', evidence: clean(m[0]), named: true };
  m = new RegExp(String.raw`^\s*(${PRONOUN})\s+(?:${VERBS})\b`, 'iu').exec(t);
  if (m) return { name: m[1]!.toLowerCase(), role: '', evidence: clean(m[0]), pronoun: true, named: true };
  m = new RegExp(String.raw`^\s*(?:${VERBS})\s+(${DESCRIBED})(?=\s*[,.;]|\s+who\b|$)`, 'u').exec(t);
  if (m) return { name: clean(m[1]!), role: '', evidence: clean(m[0]), named: false };
  m = /^\s*according to\s+([^,.;"“”]{3,120})/iu.exec(t);
  if (m) return { name: clean(m[1]!), role: '', evidence: clean(m[0]), named: new RegExp(`^${NAME}$`, 'u').test(clean(m[1]!)) };
  return null;
}

/** Attribution before the opening quote mark, in the same sentence: 'X, role, said, "…', 'X predicts …, "…'. */
function before(text: string): Found | null {
  // A finished sentence before the quote does not introduce it.
  if (/[.!?]["”»]?\s*$/.test(text)) return null;
  // The last sentence; initials ("U.S.") and titles ("Dr.") do not end one.
  const sentence = text.split(/(?<!(?:^|[\s.])\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Gov|Col|Lt|Sgt|No)\.)(?<=[.!?]["”»]?)\s+(?=[\p{Lu}"“«])/u).pop() ?? text;
  let m = new RegExp(String.raw`^\s*(${NAME})(?:,\s*([^,"“”]{3,120}?),)?\s+(?:[\p{Ll}]+\s+){0,2}?(?:${VERBS})\b`, 'u').exec(sentence);
  if (m && nameOk(m[1]!)) return { name: trimName(m[1]!), role: stripArticle(m[2] ?? ''), evidence: clean(sentence), named: true };
  m = new RegExp(String.raw`^\s*(${PRONOUN})\s+(?:[\p{Ll}]+\s+){0,2}?(?:${VERBS})\b`, 'iu').exec(sentence);
  if (m) return { name: m[1]!.toLowerCase(), role: '', evidence: clean(sentence), pronoun: true, named: true };
  m = /according to\s+([^,.;"“”]{3,120})/iu.exec(sentence);
  if (m) return { name: clean(m[1]!), role: '', evidence: clean(m[0]), named: new RegExp(`^${NAME}$`, 'u').test(clean(m[1]!)) };
  // '…, Senior researcher Mu Li, of the university, said "…' / 'Braverman told GB News: "…':
  // a speech verb ends the sentence (with at most a short object); its subject is the last
  // name before it, once an appositive between commas is set aside.
  m = new RegExp(String.raw`^(.*?)\b(?:${VERBS})(?:\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?\s*[,:]?\s*$`, 'u').exec(sentence);
  if (m) {
    const subject = m[1]!.replace(/,\s*[^,]*,\s*$/, '').replace(/^.*,\s*(?=[\p{Lu}])/u, '');
    const names = [...subject.matchAll(new RegExp(NAME, 'gu'))].filter((n) => nameOk(n[0]));
    const last = names[names.length - 1];
    if (last && last.index! + last[0].length >= subject.trimEnd().length - 1) {
      return { name: trimName(last[0]), role: stripArticle(subject.slice(0, last.index)), evidence: clean(sentence), named: true };
    }
  }
  // "A civil servant who was inside … said, "…" / "An employee of … watched …, "…"
  m = new RegExp(String.raw`^\s*((?:A|An|The|One)\s+[\p{Ll}][\p{L}'’-]*(?:\s+(?:of|for|at|in|from|the|a|an|[\p{L}'’-]+)){0,6}?)(?=\s+(?:who|which|that|watched|was|were|${VERBS})\b)`, 'u').exec(sentence);
  if (m) return { name: clean(m[1]!), role: '', evidence: clean(sentence), named: false };
  return null;
}

/** The quoted passage that contains [start, end), widened to its quote marks. */
function quoteBounds(text: string, start: number, end: number): { qs: number; qe: number } {
  let qs = start;
  let qe = end;
  while (qs > 0 && /[\s]/.test(text[qs - 1]!)) qs--;
  if (qs > 0 && OPEN.includes(text[qs - 1]!)) qs--;
  else {
    // Inside a longer quotation: find its opening mark in the paragraph.
    const para = text.lastIndexOf('\n', start - 1) + 1;
    const open = Math.max(...[...OPEN].map((c) => text.lastIndexOf(c, start - 1)));
    if (open >= para && !text.slice(open + 1, start).split('').some((c) => CLOSE.includes(c) && c !== '\'' && c !== '’')) qs = open;
    else qs = start;
  }
  const paraEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  if (!CLOSE.includes(text[qe - 1] ?? '')) {
    for (let i = qe; i < paraEnd; i++) {
      if (CLOSE.includes(text[i]!) && text[i] !== '\'' && text[i] !== '’') {
        qe = i + 1;
        break;
      }
      if (!/[\s,.;:!?…-]/.test(text[i]!) && i > qe + 400) break;
    }
  }
  return { qs, qe };
}

/** The full form of a name: a longer name earlier in the text ending with the same surname. */
function fullName(text: string, name: string, upTo: number): { name: string; role: string } {
  const surname = name.split(/\s+/).pop()!;
  const re = new RegExp(String.raw`(${NAME})(?:,\s*(?:the\s+)?([^,"“”.]{3,120}?),)?`, 'gu');
  let best: { name: string; role: string } = { name, role: '' };
  for (const m of text.slice(0, Math.max(upTo, 0)).matchAll(re)) {
    const candidate = trimName(m[1]!);
    if (candidate.split(/\s+/).length > name.split(/\s+/).length && candidate.endsWith(` ${surname}`) && nameOk(candidate)) {
      if (best.name === name) best = { name: candidate, role: m[2] ? stripArticle(m[2]) : '' };
    }
  }
  return best;
}

/** The nearest named person before `pos` that a pronoun can refer to. */
function antecedent(text: string, pos: number): string | null {
  const window = text.slice(Math.max(0, pos - 1500), pos);
  const re = new RegExp(String.raw`(${NAME})(?=\s+(?:${VERBS})\b|,\s+(?:the|a|who|deputy|former|co-))`, 'gu');
  let last: string | null = null;
  for (const m of window.matchAll(re)) if (nameOk(m[1]!)) last = trimName(m[1]!);
  return last;
}

function resolve(text: string, found: Found, at: number): SpeakerProposal | null {
  let name = found.name;
  let role = found.role;
  if (found.pronoun) {
    const ref = antecedent(text, at);
    if (!ref) return null;
    name = ref;
  }
  if (found.named && !name.includes(' ')) {
    const full = fullName(text, name, at);
    name = full.name;
    role = role || full.role;
  }
  return { name, role, named: found.named, evidence: found.evidence };
}

/** Propose the speaker of the quote at [start, end) (UTF-16 offsets into `text`). */
export function proposeSpeaker(text: string, start: number, end: number, depth = 0): SpeakerProposal | null {
  const { qs, qe } = quoteBounds(text, start, end);
  const paraStart = text.lastIndexOf('\n', qs - 1) + 1;
  const nl = text.indexOf('\n', qe);
  const paraEnd = nl < 0 ? text.length : nl;

  const tail = text.slice(qe, paraEnd);
  const head = text.slice(paraStart, qs);
  // The attribution belongs to this quote unless another quote starts first.
  const nextQuote = tail.search(/["“«]/);
  const a = after(nextQuote >= 0 ? tail.slice(0, nextQuote) : tail);
  if (a) return resolve(text, a, qs);
  const b = before(head);
  if (b && !/["”»]\s*[^"“”«»]*$/.test(head.trimEnd().slice(-1))) return resolve(text, b, qs);

  if (depth >= 3) return null;
  // A quote that continues the previous one: the previous quote in this paragraph…
  const prevClose = Math.max(head.lastIndexOf('"'), head.lastIndexOf('”'), head.lastIndexOf('»'));
  if (prevClose > 0 && head.slice(0, prevClose).trim()) return proposeSpeaker(text, paraStart + prevClose - 1, paraStart + prevClose, depth + 1);
  // …or, for a paragraph that is only a quote, the last quote of the paragraph before (whose
  // closing mark may be missing: a quotation running on into the next paragraph has none).
  if (!head.trim() && paraStart > 1) {
    const prevPara = text.slice(text.lastIndexOf('\n', paraStart - 2) + 1, paraStart - 1);
    const base = paraStart - 1 - prevPara.length;
    const lastClose = Math.max(prevPara.lastIndexOf('"'), prevPara.lastIndexOf('”'), prevPara.lastIndexOf('»'));
    const lastOpen = Math.max(prevPara.lastIndexOf('“'), prevPara.lastIndexOf('«'));
    if (lastOpen > lastClose) return proposeSpeaker(text, base + lastOpen + 1, base + lastOpen + 2, depth + 1);
    if (lastClose > 0) return proposeSpeaker(text, base + lastClose - 1, base + lastClose, depth + 1);
  }
  return null;
}
