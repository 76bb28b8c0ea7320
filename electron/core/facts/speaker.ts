// Proposes who spoke a quote, from the sentence around it. Attributions after the quote
// ('," said opposition leader Adakhan Madumarov', '," he said', '," Khaled Al-Maeena, editor
// at large at the Saudi Gazette, said', '," according to X'), before it ('X told GB News: "',
// 'X, the …, said, "', 'in the words of X, "'), a quote that continues one in the same
// sentence or paragraph, a quotation running on over paragraphs, and a quote-only paragraph
// right after an attributed one. Names lose their titles (the title becomes the role);
// surnames and pronouns are resolved to an earlier full name of matching gender; described
// sources stay descriptions. When nothing clear attributes the quote, nothing is proposed:
// a wrong speaker costs a fact-checker more than a missing one.

import { paragraphAt, runsOnFrom, segmentAround, segmentsOf, type QuoteSegment } from './quotes';
import { VERBS, classify, clean, lastSentence, mentionAtEnd, sentenceStarts, subjectOf, type Mention } from './speaker-mentions';
import { gazetteer } from './gazetteer';
import { CAP_RUN, expandName, genderIn, peopleIn, type Gender } from './speaker-names';

export interface SpeakerProposal {
  name: string;
  role: string;
  /** True for a named person or organisation, false for a described source ("a civil servant"). */
  named: boolean;
  /** The words the proposal rests on, shown to the user. */
  evidence: string;
}

const SPEECH = new RegExp(`\\b(?:${VERBS})\\b`, 'giu');
// A named speaker (not "He added": a pronoun may well be the speaker of the quote before).
const ATTRIBUTED = new RegExp(`(?!(?:He|She|They|It|We|I)\\b)\\p{Lu}[\\p{L}]+\\s+(?:${VERBS})\\b`, 'u');
const STOP_AFTER = /,|\s+(?:to|in|on|at|who|which|as|when|after|before|during|while|because|and|but|about|over|that)\s+|[.;!?]\s|[.;!?]$/u;

/** Attribution after the closing mark, up to the end of the sentence or the next quote. */
function afterQuote(tail: string, closedSentence: boolean): Mention | null {
  const first = tail.replace(/^["”’»]?\s*/, '');
  // '… each other." However, the Sams continued …': a new sentence is no attribution.
  if (closedSentence && /^\p{Lu}/u.test(first) && !new RegExp(`^\\S+(?:\\s+\\S+){0,3}\\s+(?:${VERBS})[.,]?\\s*$`, 'u').test(first.slice(0, sentenceStarts(first)[1] ?? first.length).trim())) return null;
  // '"…" — Peres, on whether …': a dash then a name signs the quote.
  const signed = new RegExp(`^[—–]\\s*(${CAP_RUN})(?=[,.;:]|\\s*$)`, 'u').exec(first);
  if (signed) return classify(signed[1]!);
  const end = sentenceStarts(first)[1] ?? first.length;
  const t = first.slice(0, end).replace(/^[\s,.!?;:—–-]+/, '').trim();
  if (!t) return null;
  const acc = /^according to\s+(.+?)(?:[,;]|\.\s|\.?$)/iu.exec(t);
  if (acc) return classify(acc[1]!);
  const verbFirst = new RegExp(`^(?:${VERBS})\\s+(.+)$`, 'iu').exec(t);
  if (verbFirst) {
    const rest = verbFirst[1]!;
    const cut = STOP_AFTER.exec(rest);
    const phrase = cut ? rest.slice(0, cut.index) : rest;
    let role = '';
    if (cut && cut[0] === ',') {
      const appos = /^,\s*([^,]{3,120}?)(?:,|\.\s|\.?$)/u.exec(rest.slice(cut.index));
      if (appos && !/^(?:who|which|when|as|in|on|and|but)\b/i.test(appos[1]!)) role = clean(appos[1]!.replace(/^(?:the|a|an)\s+/i, ''));
    }
    return classify(phrase, role);
  }
  const subjectFirst = new RegExp(`^(.{1,160}?)\\s+(?:also\\s+)?(?:${VERBS})\\b`, 'iu').exec(t);
  if (subjectFirst && !/["“”]/.test(subjectFirst[1]!) && subjectFirst[1]!.split(/\s+/).length <= 16) return mentionAtEnd(subjectFirst[1]!);
  return null;
}

/** Attribution before the opening mark, in the same sentence. */
function beforeQuote(sentence: string): (Mention & { before?: string }) | null {
  const s = sentence.replace(/\s+$/, '');
  if (!s) return null;
  const words = /\bin the words of\s+(.+?)[,:]?$/iu.exec(s);
  if (words) {
    const parts = words[1]!.split(/,\s*/).filter((p) => !/^(?:QC|KC|SC|MP)$/.test(p));
    return classify(parts[parts.length - 1]!, parts.slice(0, -1).join(', ').replace(/^the\s+/i, ''));
  }
  const acc = /\baccording to\s+([^,]{2,120}),?\s*$/iu.exec(s);
  if (acc) return classify(acc[1]!);
  // "…, with Boswell stating: "
  const withing = new RegExp(`\\bwith\\s+(${CAP_RUN}|one\\s+[\\p{Ll}]+)\\s+[\\p{Ll}]+ing\\b[^"“]*$`, 'u').exec(s);
  if (withing) return classify(withing[1]!);
  const verbs = [...s.matchAll(SPEECH)].filter((m) => !/^according$/i.test(m[0]));
  const last = verbs[verbs.length - 1];
  if (!last) return null;
  const subject = s.slice(0, last.index).replace(/["“”][^"“”]*["“”]/g, ' ');
  // "Sunak defended the record whilst promising …": a participle's subject is the sentence's.
  if (/ing$/i.test(last[0]) && !/\b(?:with|and)\s+\S+\s*$/.test(subject)) {
    const own = mentionAtEnd(subject);
    if (own && own.kind !== 'described' && /\p{Lu}|^(?:he|she|they|it|we)$/u.test(own.text) && !/(?:whilst|while|and|but|,)\s*$/.test(subject.trim())) return own;
    const sub = subjectOf(subject);
    if (sub) return sub;
  }
  const m = mentionAtEnd(subject);
  // "Jane Roe, curator at the University of Arkansas, Fayetteville, said": a place closes the
  // apposition; the person opens it.
  if (m?.kind === 'name' && /,\s*$/.test(subject) && gazetteer().search(m.text, { exactOnly: true, limit: 1 }).length) {
    const head = new RegExp(`^(${CAP_RUN}),`, 'u').exec(subject.trim());
    if (head && head[1] !== m.text && !isPlace(head[1]!)) return classify(head[1]!);
  }
  if (m?.kind === 'pronoun') return { ...m, before: subject.replace(/\S+\s*$/, '') };
  if (m) return m;
  // "One poster admitted …, writing in a blog post "…": the sentence's subject speaks.
  if (/ing$/i.test(last[0])) return subjectOf(subject);
  return null;
}

/** "An employee of the prosecution service watched as events unfolded, "…": no speech verb, but the quote ends the subject's sentence. */
function impliedSpeaker(sentence: string): Mention | null {
  if (!/[,:]\s*$/.test(sentence)) return null;
  const m = subjectOf(sentence);
  return m && m.kind !== 'pronoun' ? m : null;
}

interface Resolved extends SpeakerProposal {
  kind: Mention['kind'];
}

const placeNames = new Map<string, boolean>();
/** A name that is a place ("United States") is not a person a pronoun could stand for. */
function isPlace(name: string): boolean {
  let v = placeNames.get(name);
  if (v === undefined) placeNames.set(name, (v = !!gazetteer().search(name, { exactOnly: true, limit: 2 })[0]?.confident));
  return v;
}

/** A single word the gazetteer knows ("Harrow"), never expanded to a person's full name. */
const namesPlace = (name: string) => !name.includes(' ') && gazetteer().search(name, { exactOnly: true, limit: 1 }).length > 0;

/** The nearest earlier source a pronoun can stand for: same sentence first, then subjects of earlier sentences. */
function antecedent(text: string, pronoun: string, at: number, depth: number, own = ''): Resolved | null {
  const from = Math.max(0, paragraphAt(text, Math.max(0, at - 1)).start - 1500);
  const before = text.slice(from, at).replace(/["“][^"”“]*["”]/g, (q) => ' '.repeat(q.length));
  const starts = sentenceStarts(before);
  const fits = (p: Resolved, gender: Gender) => {
    if (pronoun === 'he') return p.kind === 'name' && gender !== 'female' && !isPlace(p.name) && !namesPlace(p.name);
    if (pronoun === 'she') return p.kind === 'name' && gender !== 'male' && !isPlace(p.name) && !namesPlace(p.name);
    if (pronoun === 'it' || pronoun === 'we') return p.kind === 'organisation';
    return (p.kind === 'described' && /s$/.test(p.name)) || p.kind === 'organisation';
  };
  // Names earlier in the pronoun's own sentence ("Thomas' sister pleaded with him …, but he replied").
  const inSentence = [...own.matchAll(new RegExp(`(?<![\\p{L}])${CAP_RUN}`, 'gu'))].reverse();
  if (pronoun === 'he' || pronoun === 'she') {
    for (const m of inSentence) {
      // "New Zealand's Prime Minister John Key said he …": the name without its title.
      const named = classify(m[0].replace(/['’]s?$/, ''));
      if (named?.kind !== 'name') continue;
      const p = resolveMention(text, named, at, depth);
      if (p && p.name.includes(' ') && fits(p, genderIn(text, p.name, at))) return p;
    }
  }
  // The pronoun's own sentence is left out, unless the text before it is a finished sentence.
  const first = /[.!?…]["”’)]*\s*$/.test(before) || !before.slice(starts[starts.length - 1]).trim() ? starts.length - 1 : starts.length - 2;
  for (let i = first; i >= 0 && i >= first - 5; i--) {
    const sentence = before.slice(starts[i], starts[i + 1]);
    const mention = subjectOf(sentence);
    if (!mention || mention.kind === 'pronoun') continue;
    const p = resolveMention(text, mention, from + starts[i]!, depth);
    if (!p) continue;
    if (fits(p, p.named ? genderIn(text, p.name, at) : null)) return p;
    if (pronoun === 'he' || pronoun === 'she') continue;
    return null;
  }
  // An organisation spoken of as "it" right after its own quote ('…", said KCNA. "…", it added').
  if (pronoun === 'it') {
    const prev = text.slice(Math.max(0, at - 600), at);
    const m = /(?:said|added|stated)\s+(\p{Lu}{2,}|the\s+\p{Lu}[\p{L}\s]+?)[.,;]/u.exec(prev);
    if (m) return { name: m[1]!.replace(/^the\s+/i, ''), role: '', named: true, evidence: clean(m[0]), kind: 'organisation' };
  }
  return null;
}

function resolveMention(text: string, m: Mention & { before?: string }, at: number, depth: number, evidence = ''): Resolved | null {
  if (m.kind === 'described') return { name: m.text, role: m.role, named: false, evidence, kind: m.kind };
  if (m.kind === 'organisation') return { name: m.text.replace(/^the\s+/i, ''), role: m.role, named: true, evidence, kind: m.kind };
  if (m.kind === 'pronoun') {
    const p = depth < 3 ? antecedent(text, m.text, at, depth + 1, m.before ?? '') : null;
    return p ? { ...p, evidence: evidence || p.evidence } : null;
  }
  if (!m.text.includes(' ')) {
    const full = expandName(text, m.text, at) ?? firstNameExpansion(text, m.text, at);
    if (full) return { name: full.name, role: m.role || full.role, named: true, evidence, kind: 'name' };
  }
  return { name: m.text, role: m.role, named: true, evidence, kind: 'name' };
}

/** "Thomas" → the one earlier full name that starts with it ("Thomas Sam"). */
function firstNameExpansion(text: string, first: string, at: number): { name: string; role: string } | null {
  const names = new Set(peopleIn(text, at).filter((p) => p.name.startsWith(`${first} `)).map((p) => p.name));
  return names.size === 1 ? { name: [...names][0]!, role: '' } : null;
}

function speakerOf(text: string, seg: QuoteSegment, depth: number): Resolved | null {
  if (depth > 4) return null;
  const runsOn = runsOnFrom(text, seg);
  if (runsOn) return speakerOf(text, runsOn, depth + 1);
  const segs = segmentsOf(text, seg.paraStart, seg.paraEnd);
  const i = segs.findIndex((s) => s.open === seg.open);
  const prev = i > 0 ? segs[i - 1] : undefined;
  const next = segs[i + 1];
  const tail = seg.closed ? text.slice(seg.close + 1, next ? next.open : seg.paraEnd) : '';
  const closedSentence = seg.closed && /[.!?…]\s*$/.test(text.slice(seg.open, seg.close));
  const a = afterQuote(tail, closedSentence);
  if (a) return resolveMention(text, a, seg.open, depth, clean(tail.slice(0, 120)));
  const head = text.slice(prev ? prev.close + 1 : seg.paraStart, seg.open);
  // Does the quote open a sentence of its own? Then the sentence before is only context.
  const opensSentence = !head.trim() || /[.!?…]["”’)]*\s*$/.test(head);
  const sentence = opensSentence ? '' : lastSentence(head);
  const b = beforeQuote(sentence);
  if (b) return resolveMention(text, b, seg.open, depth, clean(sentence));
  // The same sentence or paragraph goes on quoting the source of the quote before, unless
  // someone else is said to speak in between ('… orbit." Zenghelis described her as …. "We').
  // (After '…," X said.' the first sentence is the quote before's own attribution.)
  const h = head.trimStart();
  const others = prev && (/[.!?…]\s*$/.test(text.slice(prev.open, prev.close)) ? h : h.slice(sentenceStarts(h)[1] ?? h.length));
  if (prev && !ATTRIBUTED.test(others ?? '')) return speakerOf(text, prev, depth + 1);
  const implied = impliedSpeaker(sentence);
  if (implied) return resolveMention(text, implied, seg.open, depth, clean(sentence));
  // "Heald noted the findings show … . "An air-quality cleanup …": the sentence before speaks.
  const paraHead = text.slice(seg.paraStart, seg.open);
  if (opensSentence && paraHead.trim()) {
    const before = lastSentence(paraHead);
    if (new RegExp(`\\b(?:${VERBS}|statement)\\b`, 'iu').test(before)) {
      const who = subjectOf(before);
      if (who && who.kind !== 'pronoun') return resolveMention(text, who, seg.open, depth, clean(before));
    }
  }
  // A paragraph that is only a quote, after a paragraph that ends with an attributed quote.
  if (!paraHead.trim() && !a) {
    let p = seg.paraStart - 1;
    while (p > 0 && text[p - 1] === '\n') p--;
    if (p > 0) {
      const prevPara = paragraphAt(text, p - 1);
      const prevSegs = segmentsOf(text, prevPara.start, prevPara.end);
      const lastSeg = prevSegs[prevSegs.length - 1];
      // …only when that paragraph ends with the quote and its attribution, nothing more.
      const after = lastSeg?.closed ? text.slice(lastSeg.close + 1, prevPara.end).replace(/^[\s,.!?]+/, '') : null;
      if (lastSeg && after !== null && sentenceStarts(after).length <= 1) return speakerOf(text, lastSeg, depth + 1);
    }
  }
  return null;
}

/** Propose the speaker of the quote at [start, end) (UTF-16 offsets into `text`). */
export function proposeSpeaker(text: string, start: number, end: number): SpeakerProposal | null {
  const seg = segmentAround(text, start, end);
  if (seg) return strip(speakerOf(text, seg, 0));
  // Not inside quote marks: read the words around the selection as if it were quoted.
  const para = paragraphAt(text, start);
  return strip(speakerOf(text, { open: Math.max(para.start, start - 1), close: Math.min(end, para.end), closed: true, paraStart: para.start, paraEnd: para.end }, 0));
}

function strip(p: Resolved | null): SpeakerProposal | null {
  return p ? { name: p.name, role: p.role, named: p.named, evidence: p.evidence } : null;
}

/** The speaker of a quotation found by the whole-document pass. */
export function speakerOfSegment(text: string, seg: QuoteSegment): SpeakerProposal | null {
  return strip(speakerOf(text, seg, 0));
}
