// Stage 2: the vocabulary. Every incoming label (a tag the file defines, or a name an
// annotation carries) goes to a local tag — the user's choice when the preview was edited,
// else the same id, else the mapping remembered for the tool that wrote the file (the user's
// earlier choice, store/aliases.ts), else the same name ignoring case (or a built-in tag's id,
// "claim") — or to a new tag that keeps the file's colour, key (when free), description and
// parent. Verdicts match by label ignoring case, then by id; people by id, then by name and
// role; new ones are added.

import { randomUUID } from 'node:crypto';
import { nextTagColor } from '../../domain/palette';
import type { AnnotationFields } from '../../domain/fields';
import { InputError } from '../../input/errors';
import type { Tag } from '../../domain/types';
import { TagAliases } from '../../store/aliases';
import { labelKey, type LabelMapping, type MergeContext } from './plan';

interface Label {
  key: string;
  name: string;
  source: Tag | null;
  count: number;
}

function incomingLabels(ctx: MergeContext): Label[] {
  const labels = new Map<string, Label>();
  for (const t of ctx.incoming.tags) labels.set(t.id, { key: t.id, name: t.name, source: t, count: 0 });
  for (const a of ctx.incoming.annotations) {
    const key = labelKey(a.tagId, a.tagName);
    const l = labels.get(key) ?? { key, name: a.tagName.trim() || 'Imported', source: null, count: 0 };
    l.count++;
    labels.set(key, l);
  }
  return [...labels.values()];
}

function planTags(ctx: MergeContext): void {
  const { study, plan, summary, tagMap, choices } = ctx;
  const local = study.tags.list();
  const all = [...local];
  const labels = incomingLabels(ctx);
  const aliases = new TagAliases(study.db).forTool(ctx.incoming.tool ?? ctx.incoming.kind);
  for (const l of labels) {
    const choice = choices[l.key];
    const lower = l.name.toLowerCase();
    let target: Tag | undefined;
    let via: LabelMapping['via'] = 'choice';
    if (typeof choice === 'string') {
      target = local.find((t) => t.id === choice);
      if (!target) throw new InputError(`the tag chosen for “${l.name}” no longer exists`);
    } else if (choice === undefined) {
      const alias = aliases.get(lower);
      const found: Array<[LabelMapping['via'], Tag | undefined]> = [
        ['id', l.source ? local.find((t) => t.id === l.source!.id) : undefined],
        ['alias', alias ? local.find((t) => t.id === alias) : undefined],
        ['name', local.find((t) => t.name.toLowerCase() === lower) ?? local.find((t) => t.builtin && t.id === lower)],
      ];
      [via, target] = found.find(([, t]) => t) ?? ['new', undefined];
    }
    if (!target) {
      const taken = (name: string) => all.some((t) => t.name.toLowerCase() === name.toLowerCase());
      let name = l.name.slice(0, 200);
      for (let n = 2; taken(name); n++) name = `${l.name.slice(0, 180)} (imported${n > 2 ? ` ${n - 1}` : ''})`;
      const key = l.source?.shortcut?.toLowerCase() ?? null;
      const shortcut = key && /^[0-9a-z]$/.test(key) && !all.some((t) => t.shortcut === key) ? key : null;
      target = {
        id: `tag-${randomUUID()}`,
        name,
        color: l.source?.color || nextTagColor(all.map((t) => t.color), all.length),
        shortcut,
        builtin: false,
        parentId: null,
        description: l.source?.description ?? '',
      };
      all.push(target);
      plan.tags.push(target);
      summary.tags.push(name);
    }
    tagMap.set(l.key, target.id);
    summary.labels.push({ key: l.key, name: l.name, color: l.source?.color || null, count: l.count, target: { tagId: target.id, name: target.name, isNew: plan.tags.includes(target) }, via });
  }
  // Parents of the tags this import creates, where the file gave one.
  for (const l of labels) {
    const parent = l.source?.parentId ? tagMap.get(l.source.parentId) : undefined;
    const mine = plan.tags.find((t) => t.id === tagMap.get(l.key));
    if (mine && parent && parent !== mine.id) plan.tagParents.push({ id: mine.id, parentId: parent });
  }
}

function planVerdicts(ctx: MergeContext): void {
  const { study, incoming, plan, summary, verdictMap } = ctx;
  if (!incoming.verdicts.length) return;
  const list = study.verdicts.list();
  let changed = false;
  for (const v of incoming.verdicts) {
    const hit = list.find((x) => x.label.toLowerCase() === v.label.toLowerCase()) ?? list.find((x) => x.id === v.id);
    if (hit) verdictMap.set(v.id, hit.id);
    else {
      const id = list.some((x) => x.id === v.id) ? `${v.id}-imported` : v.id;
      list.push({ ...v, id });
      verdictMap.set(v.id, id);
      summary.verdicts.push(v.label);
      changed = true;
    }
  }
  if (changed) plan.verdicts = list;
}

function planPeople(ctx: MergeContext): void {
  const { study, incoming, plan, summary, personMap } = ctx;
  for (const p of incoming.people) {
    if (personMap.has(p.id)) continue;
    const mine = study.people.get(p.id);
    const existed = mine ?? study.people.findByName(p.name).find((x) => x.role.toLowerCase() === p.role.toLowerCase()) ?? plan.people.find((x) => x.name === p.name && x.role === p.role);
    if (existed) personMap.set(p.id, existed.id);
    else {
      plan.people.push(p);
      summary.people.push(p.name);
      personMap.set(p.id, p.id);
    }
  }
}

export function planVocabulary(ctx: MergeContext): void {
  planTags(ctx);
  planVerdicts(ctx);
  planPeople(ctx);
}

/** Per merge: whether the study has a verdict or person of a given id (asked once per id, not per annotation). */
const known = new WeakMap<MergeContext, Map<string, boolean>>();

function has(ctx: MergeContext, key: string, ask: () => boolean): boolean {
  let m = known.get(ctx);
  if (!m) known.set(ctx, (m = new Map()));
  let yes = m.get(key);
  if (yes === undefined) m.set(key, (yes = ask()));
  return yes;
}

/** An annotation's facts with its verdict and speaker in this study's terms (unknown ones dropped). */
export function localFields(ctx: MergeContext, f: AnnotationFields): AnnotationFields {
  const out: AnnotationFields = { ...f };
  if (f.claim?.verdict) {
    const id = f.claim.verdict;
    const v = ctx.verdictMap.get(id) ?? (has(ctx, `verdict:${id}`, () => ctx.study.verdicts.exists(id)) ? id : null);
    out.claim = { ...f.claim, verdict: v };
  }
  if (f.quote?.speakerId) {
    const id = f.quote.speakerId;
    const p = ctx.personMap.get(id) ?? (has(ctx, `person:${id}`, () => ctx.study.people.get(id) !== undefined) ? id : null);
    out.quote = { speakerId: p };
  }
  return out;
}
