import { describe, expect, it } from 'vitest';
import { parseArticle } from '../text/article';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { proposeSpeaker } from './speaker';

const r = parseArticle(SAMPLE, sampleBytes());
if (!r.ok) throw new Error(r.reason);
const text = r.article.text;

/** The quoted passage that starts with `opening`, as a reader would select it (marks excluded). */
function quoteStarting(body: string, opening: string): { start: number; end: number } {
  const at = body.indexOf(opening);
  if (at < 0) throw new Error(`not in the text: ${opening}`);
  const close = body.slice(at).search(/["”](?=[\s,.;]|$)|$/);
  return { start: at, end: at + close };
}

// Every attributed quotation in the sample article, with the speaker a careful reader names.
const SAMPLE_QUOTES: Array<[string, string, RegExp?]> = [
  ['First, two people riding horses', 'An employee of the prosecution service'],
  ['There were people standing outside', 'A civil servant'],
  ['The first thing they did', 'the civil servant'],
  ['The governor has fled', 'Ishengul Boljurova', /deputy chair of the opposition People's Movement of Kyrgyzstan/],
  ['There is now dual power', 'Ishengul Boljurova'],
  ['The police have today demonstrated', 'Adakhan Madumarov', /^opposition leader$/],
  ['We are not using force', 'a member of the Kyrgyz National Security Service'],
  ['We are afraid of repeating', 'a member of the Kyrgyz National Security Service'],
  ['The people demanding the early resignation', 'Adakhan Madumarov'],
  ['One more myth', 'Adakhan Madumarov'],
  ['There will be police officers stationed', 'Duyshen Chotonov'],
  ['It is not a takeover', 'Roza Otunbaeva'],
  ['An amazing thing has happened', 'Roza Otunbaeva'],
  ['I believe the north will support', 'Roza Otunbaeva'],
  ['It’s only 500 people', 'Bolot Januzakov', /deputy head of Akaev’s administration/],
  ['Everyone is entitled to protest', 'Dosaly Esenaliev', /heads the president’s press office|^$/],
  ['The government has been patient', 'Dosaly Esenaliev'],
];

describe('speaker proposals on the sample article', () => {
  it.each(SAMPLE_QUOTES)('“%s…” → %s', (opening, name, role) => {
    const { start, end } = quoteStarting(text, opening);
    const p = proposeSpeaker(text, start, end);
    expect(p?.name.toLowerCase()).toBe(name.toLowerCase());
    if (role) expect(p?.role).toMatch(role);
  });

  it('works whether or not the selection includes the quote marks', () => {
    const { start, end } = quoteStarting(text, 'The police have today demonstrated');
    expect(proposeSpeaker(text, start - 1, end + 2)?.name).toBe('Adakhan Madumarov');
    expect(proposeSpeaker(text, start + 4, start + 20)?.name).toBe('Adakhan Madumarov');
  });
});

type Case = [text: string, quote: string, name: string | null, extra?: { role?: RegExp; named?: boolean }];
const run = (cases: Case[]) =>
  it.each(cases)('%s', (body, quote, name, extra) => {
    const { start, end } = quoteStarting(body, quote);
    const p = proposeSpeaker(body, start, end);
    expect(p?.name ?? null).toBe(name);
    if (extra?.role) expect(p?.role).toMatch(extra.role);
    if (extra?.named !== undefined) expect(p?.named).toBe(extra.named);
  });

describe('attribution after the quote', () => {
  run([
    ['"Brains produce more wealth than oil." — Peres, on whether the Arab states\' oil wealth will eclipse Israel.', 'Brains produce', 'Peres'],
    ['"Rain is coming," said Jane Doe, the minister.', 'Rain', 'Jane Doe', { role: /minister/ }],
    ['"Rain is coming," said opposition leader Adakhan Madumarov.', 'Rain', 'Adakhan Madumarov', { role: /^opposition leader$/ }],
    ['"Rain is coming," Jane Doe said.', 'Rain', 'Jane Doe'],
    ['"Rain is coming," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.', 'Rain', 'Khaled Al-Maeena', { role: /editor at large/ }],
    ['"Rain is coming," the minister, Jane Doe, said.', 'Rain', 'Jane Doe'],
    ['"Rain is coming," team member Rodaba Noori told the press.', 'Rain', 'Rodaba Noori', { role: /team member/ }],
    ['Officials were silent. "All those who were wounded have been taken to hospital," according to the Civil Defense Authority.', 'All those', 'Civil Defense Authority'],
    ['"War maniacs made another provocation", said KCNA.', 'War maniacs', 'KCNA'],
    ['"Rain is coming," said a civil servant who was inside.', 'Rain', 'a civil servant', { named: false }],
  ]);
});

describe('attribution before the quote', () => {
  run([
    ['Civil Defense Authority director General Suleiman al-Amr, in remarks to television, said "All those who were wounded."', 'All those', 'Suleiman al-Amr', { role: /director General/ }],
    ['As Heald told The Huffington Post, "ozone matters."', 'ozone', 'Heald'],
    ['The U.S. Department of Agriculture notes, "Ground-level ozone causes damage."', 'Ground', 'U.S. Department of Agriculture'],
    ['On Wednesday, Home Secretary Suella Braverman told GB News: "It is clear that we have a problem."', 'It is clear', 'Suella Braverman', { role: /Home Secretary/ }],
    ['Labour\'s Shadow Home Secretary Yvette Cooper said her party has supported the idea "for months".', 'for months', 'Yvette Cooper', { role: /Shadow Home Secretary/ }],
    ['In a statement, Governor of Washington Chris Gregoire said, "The museum put in a tremendous effort."', 'The museum', 'Chris Gregoire', { role: /Governor of Washington/ }],
    ['After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out".', 'must be', 'Enver Solomon', { role: /CEO of the Refugee Council/ }],
    ['In the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria spent a lot of time crying."', 'Gloria spent', 'Mark Tedeschi', { role: /Crown prosecutor/ }],
    ['It quoted critics like Caitlin Boswell, with Boswell stating: "People need quicker decisions."', 'People need', 'Caitlin Boswell'],
    ['A leaked internal letter seen by Sky News says "failure to return the form may result in withdrawal".', 'failure', 'A leaked internal letter', { named: false }],
    ['One poster admitted to being part of the effort, writing in a blog post "I have loaded up Gigaloader."', 'I have', 'One poster', { named: false }],
    ['Jane Roe, curator of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation."', 'These images', 'Jane Roe'],
    ['American academic and professor Marc Lamont Hill commented, "Hoping that it translates."', 'Hoping', 'Marc Lamont Hill', { role: /^American academic and professor$/ }],
    ['Mathematician Hermann Weyl said of it, "This letter is perhaps the most substantial."', 'This letter', 'Hermann Weyl', { role: /^Mathematician$/ }],
    ['Smith and Jones said, "We agree."', 'We agree', null],
  ]);
});

describe('pronouns, surnames and continuations', () => {
  run([
    ['Her professor, Rem Koolhaas, described her as "a planet in her own orbit." Elia Zenghelis described her as the best pupil he ever taught. "We called her the inventor of the 89 degrees." He recalled more.', 'We called', 'Elia Zenghelis'],
    ['"It would have been worse," Khaled Al-Maeena said. He added that help came late. "A thousand could have died."', 'A thousand', 'Khaled Al-Maeena'],
    ['He was sent to Harrow in 1801. Harrow was a hard school. About his friend he wrote, "He has been my constant associate."', 'He has been', null],
    ['New Zealand\'s Prime Minister John Key said he believes the flag now has a "strong rationale".', 'strong rationale', 'John Key'],
    // A pronoun goes to the nearest earlier source of the right gender, not to the nearest name.
    ['Roza Otunbaeva spoke first. Then Bolot Januzakov arrived. "It is over," she said.', 'It is over', 'Roza Otunbaeva'],
    ['Bolot Januzakov spoke first. Then Roza Otunbaeva arrived. "It is over," he said.', 'It is over', 'Bolot Januzakov'],
    ['Allegedly, Thomas Sam\'s sister pleaded with him, but he replied "I am not able to do that".', 'I am not', 'Thomas Sam'],
    // A bare surname is expanded from an earlier full name, even misspelt by the text.
    ['Lydia Buchtmann says the issue is complicated. "We need time," Ms Bauchtman said.', 'We need', 'Lydia Buchtmann'],
    ['NASA Administrator Charles Bolden spoke. "We want to thank all," said Bolden.', 'We want', 'Charles Bolden'],
    // The same speaker goes on, in the same paragraph and over a paragraph break.
    ['"It would have been worse," Khaled Al-Maeena said. "A thousand could have died."', 'A thousand', 'Khaled Al-Maeena'],
    ['Chris Gregoire said, "The museum worked hard.\n\n"The trainer will come to Seattle."', 'The trainer', 'Chris Gregoire'],
    ['"It matters," Professor Cres Eastman said.\n\n"If deficiency is serious you lose points."', 'If deficiency', 'Cres Eastman'],
  ]);
});

describe('when unsure, nothing', () => {
  run([
    ['Nobody said anything. "Silence."', 'Silence', null],
    ['The report was published. "The results are clear."', 'The results', null],
    ['Officials met on Monday.\n\n"We will continue," the statement ended.', 'We will', null],
  ]);
});
