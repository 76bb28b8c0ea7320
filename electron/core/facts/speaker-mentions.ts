// Who a clause names as the source: a person (with the title split off as the role), an
// organisation ("KCNA", "the U.S. Department of Agriculture"), a described source ("a civil
// servant", "the report's authors": kept as a description, never made into a person), or a
// pronoun to resolve later. Also the sentence tools the attribution patterns share.

import { CAP_RUN, splitName } from './speaker-names';

export interface Mention {
  kind: 'name' | 'organisation' | 'described' | 'pronoun';
  text: string;
  role: string;
}

export const VERBS =
  'said|says|say|told|tells|tell|added|adds|stated|states|explained|explains|noted|notes|warned|warns|claimed|claims|insisted|insists|argued|argues|wrote|writes|asked|asks|announced|announces|recalled|recalls|commented|remarked|replied|replies|responded|continued|continues|declared|declares|predicted|predicts|believes|sees|asserted|asserts|reported|reports|admitted|admits|acknowledged|conceded|concluded|suggested|urged|described|characterized|characterised|dubbed|denied|denies|defended|promised|reads|call|calls|stating|writing|saying|adding|telling|noting|warning|explaining|promising|calling';
export const ORG = /\b(?:Department|Ministry|Agency|Authority|Service|Council|Office|Herald|News|Times|Gazette|Post|Journal|Church|University|Institute|Association|Party|Government|Commission|Committee|Foundation|Bank|Court|Police|Army|Navy|Corporation|Company|Organisation|Organization|Agriculture|Reuters|Press|Guardian|Telegraph|Television|Radio|Union|League|Federation)\b/;
// Explicit capitals, not the i flag: with it, \p{Lu} and \p{Ll} would match either case.
const DET = '(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any)';
const PREP = '(?:of|for|at|from|by|with|to)';
const NOT_ROLE = /^(?:by|of|to|for|from|in|on|at|with|the|a|an|and|but|that|which|who|as|than|said|told|seen|when|after|before|where|while)$/;
/** A described source: a determiner, words ending in a lowercase noun, an optional "of the …". */
const DESCRIBED = new RegExp(`^(${DET}\\s+(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{Ll}][\\p{L}'’-]*(?:\\s+${PREP}\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)?)$`, 'u');
/** "Governor of Washington Chris Gregoire", "CEO of the Refugee Council Enver Solomon". */
const TITLED_OF = new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:of|for|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3})(\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:al|bin|de|van|von)\\s+)?\\p{Lu}[\\p{L}'’-]*)$`, 'u');

export const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:.]+$/g, '');

/** Classify a noun phrase that names a source. */
export function classify(phrase: string, role = ''): Mention | null {
  let p = clean(phrase).replace(/^(?:and|but|or|with|as|while|then|so|whilst|though|although|because|since|if|when|after|before|until|despite)\s+/i, '');
  if (!p) return null;
  // "opposition leader Adakhan Madumarov": lowercase role words before the name.
  const roleFirst = /^((?:[\p{Ll}][\p{Ll}-]*\s+){1,3})(\p{Lu}.*)$/u.exec(p);
  if (roleFirst && !new RegExp(`^${DET}\\s`, 'u').test(p) && !roleFirst[1]!.trim().split(/\s+/).some((w) => NOT_ROLE.test(w))) {
    return classify(roleFirst[2]!, clean(`${role} ${roleFirst[1]}`));
  }
  if (/^(?:he|she|they|it|we)$/i.test(p)) return { kind: 'pronoun', text: p.toLowerCase(), role };
  // "Cornyn's statement": a document speaks for its named author.
  const owned = /^(.+?)['’]s?\s+(?:statement|letter|blog|post|spokesman|spokeswoman|spokesperson)$/u.exec(p);
  if (owned && /^\p{Lu}/u.test(owned[1]!) && !/^(?:the|a|an)\s/i.test(owned[1]!)) p = owned[1]!;
  if (new RegExp(`^${DET}\\s`, 'u').test(p)) {
    const words = p.split(/\s+/);
    // "the civil servant", "a member of the Kyrgyz National Security Service" are
    // descriptions; "the Sydney Morning Herald", "the U.S. Department of Agriculture" names.
    const lowerHead = /^\p{Ll}/u.test(words[1] ?? '');
    if (/^\p{Ll}/u.test(words[words.length - 1]!) || (lowerHead && new RegExp(`\\s${PREP}\\s`).test(p))) {
      const d = DESCRIBED.exec(p.replace(/\s+(?:seen|quoted|cited|obtained|published|posted|reported)\s+by\s+.*$/u, ''));
      if (d) return { kind: 'described', text: d[1]!, role };
      return null;
    }
  }
  const bare = p.replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(bare)) return null;
  const titled = TITLED_OF.exec(bare);
  if (titled) return { kind: 'name', text: clean(titled[2]!), role: clean(`${role ? `${role} ` : ''}${titled[1]}`) };
  if (ORG.test(bare) || /^\p{Lu}{2,}$/u.test(bare)) {
    const split = splitName(bare);
    // "Osh regional governor X" is a person; "the Sydney Morning Herald" is not.
    if (!split || split.name.split(' ').length < 2 || ORG.test(split.name)) return { kind: 'organisation', text: bare, role };
  }
  const split = splitName(bare);
  if (!split) return null;
  return { kind: 'name', text: split.name, role: clean([role, split.role].filter(Boolean).join(' ')) };
}

const CAP_AT_END = new RegExp(`(?<![\\p{L}'’])((?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:of|for|to)\\s+(?:the\\s+)?)?(?:[\\p{Ll}][\\p{Ll}-]*\\s+){0,2}${CAP_RUN}(?:\\s+of\\s+(?:the\\s+)?${CAP_RUN}(?:\\s+and\\s+${CAP_RUN})?)?)$`, 'u');
const DET_AT_END = new RegExp(`(?:^|[\\s,;(])(${DET}\\s+(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+(?:\\s+${PREP}\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?[\\p{L}'’.-]+)?)$`, 'u');

/**
 * The source named at the end of `s` (the words before a speech verb): "… Malaysia's Prime
 * Minister, Najib Razak", "team member Rodaba Noori", "Khaled Al-Maeena, editor at large at
 * the Saudi Gazette," (appositive → role), "A civil servant who was inside …", "she".
 */
export function mentionAtEnd(s: string): Mention | null {
  let t = s.replace(/(?:\s+(?:also|later|then|personally|previously|earlier|again|further|once|had|has|have|was|is|would|will|has\s+also))+$/i, '').replace(/\s+$/, '');
  let role = '';
  // An appositive between commas: "X, the deputy head of …,".
  if (/,$/.test(t)) {
    const appos = /^(.*\S),\s+([^,]{2,120}),$/u.exec(t);
    if (appos && !/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u.test(appos[2]!)) {
      t = appos[1]!;
      // "…, in remarks to television," says where, not who.
      if (!/^(?:in|on|at|during|after|before|speaking|writing|according)\b/i.test(appos[2]!)) role = clean(appos[2]!.replace(/^(?:the|a|an|who is)\s+/i, ''));
    } else t = t.slice(0, -1);
  }
  // "A civil servant who was inside the building at the time": the head, not the clause.
  const rel = /^(.*?\S)\s+(?:who|which)\s+[^,]*$/u.exec(t);
  if (rel && (DET_AT_END.test(rel[1]!) || CAP_AT_END.test(rel[1]!))) t = rel[1]!;
  const pron = /(?:^|[\s,;])(he|she|they|it|we)$/i.exec(t);
  if (pron) return { kind: 'pronoun', text: pron[1]!.toLowerCase(), role };
  // "Cornyn's statement added": the statement's author.
  const owned = new RegExp(`(?<![\\p{L}])(${CAP_RUN})['’]s?\\s+(?:statement|letter|blog|post)$`, 'u').exec(t);
  if (owned) return classify(owned[1]!, role);
  const cap = CAP_AT_END.exec(t);
  // "American academic and professor Marc Lamont Hill": roles joined by "and" before a name
  // (not two people: in "Smith and Jones" a name comes before the "and").
  const joined = cap ? /^((?:[\p{Ll}][\p{Ll}-]*\s+)?)and\s+(?=\p{Ll})/u.exec(cap[1]!) : null;
  if (cap && joined) {
    const head = `${t.slice(0, cap.index)}${joined[1]}`.trimEnd();
    if (/(?:^|\s)\p{Ll}[\p{Ll}-]*$/u.test(head)) return classify(cap[1]!.slice(joined[0].length), clean(`${role} ${head.split(/[,;]\s*/).at(-1)} and`));
  }
  const before = cap ? t.slice(0, cap.index).trimEnd() : '';
  const lowerWords = cap ? (/^((?:[\p{Ll}][\p{Ll}-]*\s+)*)/u.exec(cap[1]!)![1] ?? '').trim().split(/\s+/).filter(Boolean) : [];
  // "… seen by Sky News": an agent after a preposition is not the subject.
  if (cap && !/\b(?:by|of|to|for|from|in|on|at|with|about|against)$/i.test(before) && !lowerWords.some((w) => /^(?:by|of|to|for|from|in|on|at|with|seen|whilst|while|and|but)$/.test(w))) {
    let words = cap[1]!;
    const ofName = new RegExp(`^(${CAP_RUN})\\s+of\\s+((?:the\\s+)?${CAP_RUN}(?:\\s+and\\s+${CAP_RUN})?)$`, 'u').exec(words);
    if (ofName && splitName(ofName[1]!)?.name.includes(' ')) {
      words = ofName[1]!;
      role = clean(`${role} of ${ofName[2]}`);
    }
    const lower = /^((?:[\p{Ll}][\p{Ll}-]*\s+){1,2})(.*)$/u.exec(words);
    if (lower && !lower[1]!.trim().split(/\s+/).some((w) => NOT_ROLE.test(w))) return classify(lower[2]!, clean(`${lower[1]} ${role}`));
    return classify(lower ? lower[2]! : words, role);
  }
  const det = DET_AT_END.exec(t);
  if (det) return classify(det[1]!, role);
  return null;
}

/** Sentence starts in `s` (offsets): after . ! ? and at line breaks; not after initials or titles. */
export function sentenceStarts(s: string): number[] {
  const out = [0];
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Gov|Col|Lt|Sgt|No|vs|Jr|Sr|Inc|Ltd|Co)|(?:^|[\s.])\p{Lu})[.!?…]["”’)]*\s+(?=["“‘(]?[\p{Lu}\d])|\n+/gu;
  for (const m of s.matchAll(re)) if (m.index! + m[0].length < s.length || m[0].includes('\n')) out.push(m.index! + m[0].length);
  return [...new Set(out)];
}

/** The last sentence of `s`. */
export function lastSentence(s: string): string {
  const starts = sentenceStarts(s);
  return s.slice(starts[starts.length - 1]);
}

const VERBISH = new RegExp(
  `^(?:${VERBS}|is|was|are|were|has|had|have|will|would|can|could|did|does|may|might|must|should|spoke|went|came|left|met|made|took|gave|began|won|lost|ran|held|led|sent|saw|got|found|became|fled|put|set|kept|\\p{Ll}+ed|\\p{Ll}+s)$`,
  'u',
);
const NOT_VERB = /^(?:its|his|this|has been|is|as|was|us|always|news|less|unless|across|perhaps|towards|afterwards|whereas|plus|thus|yes|various|serious|famous|numerous|previous|nervous|anxious|ones|others|seeds)$/;

/** The subject at the start of a sentence, past an opening phrase ("In 2007, Paris left …"). */
export function subjectOf(sentence: string): Mention | null {
  let s = sentence.replace(/^["“”\s]+/, '');
  const intro = /^(?:(?:In|On|At|After|Before|During|Writing|Speaking|Discussing|Citing|Here|Today|Yesterday|Later|However|Meanwhile|Also|But|And|Allegedly)\b[^,]{0,80},\s+)/u.exec(s);
  // "As Heald told The Huffington Post, …": the speaker is in the opening phrase.
  const asTold = new RegExp(`^As\\s+(.+?)\\s+(?:${VERBS})\\b`, 'u').exec(s);
  if (asTold) return mentionAtEnd(asTold[1]!);
  if (intro) s = s.slice(intro[0].length);
  // The shortest opening noun phrase that a verb follows ("The authors say", "An employee
  // of the prosecution service watched", "Matthew Ingram of The Globe and Mail dubbed").
  const words = s.split(/\s+/).slice(0, 16);
  let skip = 0;
  for (let n = 1; n < words.length; n++) {
    const next = words[n]!.replace(/[,;:.]+$/, '');
    if (/,$/.test(words[n - 1]!) && skip === 0) {
      // An appositive: "Jeff Rathke, the State Department Spokesperson, said".
      const close = words.findIndex((w, k) => k >= n && /,$/.test(w));
      if (close > n && close < n + 14 && VERBISH.test((words[close + 1] ?? '').replace(/[,;:.]+$/, ''))) {
        skip = 1;
        return mentionAtEnd(words.slice(0, close + 1).join(' '));
      }
      return null;
    }
    if ((next === 'also' || next === 'later' || next === 'then') && n + 1 < words.length) continue;
    if (VERBISH.test(next) && !NOT_VERB.test(next) && /^\p{Ll}/u.test(next)) {
      const np = words.slice(0, n).join(' ').replace(/\s+(?:also|later|then)$/, '');
      const m = mentionAtEnd(np);
      if (m) return m;
    }
  }
  return null;
}
