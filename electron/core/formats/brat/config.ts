// brat's configuration, when it comes with the files: annotation.conf (the types, a child
// indented under its parent), visual.conf (display names under [labels], colours under
// [drawing]) and kb_shortcuts.conf (a key per type). A type not described keeps its own
// name, with underscores read as spaces ("Health_claim" → "Health claim").

import { decodeUtf8 } from '../../input/json';
import { hexColor } from '../foreign';
import type { Companion } from '../incoming';

export interface BratConfig {
  name(type: string): string;
  color(type: string): string | null;
  key(type: string): string | null;
  parent(type: string): string | null;
}

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const head = /^\s*\[(\w+)\]\s*$/.exec(line);
    if (head) current = head[1]!.toLowerCase();
    else if (line.trim() && !line.trim().startsWith('#')) out.set(current, [...(out.get(current) ?? []), line]);
  }
  return out;
}

export function readConfig(files: readonly Companion[]): BratConfig {
  const find = (name: string) => files.find((f) => f.name.replace(/^.*\//, '').toLowerCase() === name);
  const text = (name: string) => {
    const f = find(name);
    try {
      return f ? decodeUtf8(f.bytes, name) : '';
    } catch {
      return ''; // a configuration we cannot read only costs names and colours
    }
  };
  const parents = new Map<string, string>();
  const conf = sections(text('annotation.conf'));
  for (const part of ['entities', 'events']) {
    const stack: string[] = [];
    for (const line of conf.get(part) ?? []) {
      if (/^\s*</.test(line)) continue; // macro definitions
      const depth = /^\t*/.exec(line)![0].length;
      const type = line.trim().split(/\s+/)[0]!.replace(/^!/, '');
      stack.length = depth;
      if (depth > 0 && stack[depth - 1]) parents.set(type, stack[depth - 1]!);
      stack[depth] = type;
    }
  }
  const visual = sections(text('visual.conf'));
  const labels = new Map<string, string>();
  for (const line of visual.get('labels') ?? []) {
    const [type, label] = line.split('|').map((s) => s.trim());
    if (type && label) labels.set(type, label);
  }
  const colors = new Map<string, string>();
  for (const line of visual.get('drawing') ?? []) {
    const m = /^(\S+)\s+.*\bbgColor:\s*(#[0-9a-f]{3,8})\b/i.exec(line);
    const c = m ? hexColor(m[2]) : null;
    if (m && c) colors.set(m[1]!, c);
  }
  const keys = new Map<string, string>();
  for (const raw of text('kb_shortcuts.conf').split('\n')) {
    const m = /^\s*([0-9A-Za-z])\s+(\S+)\s*$/.exec(raw.replace(/\r$/, ''));
    if (m) keys.set(m[2]!.toLowerCase(), m[1]!.toLowerCase());
  }
  return {
    name: (type) => labels.get(type) ?? type.replace(/_/g, ' '),
    color: (type) => colors.get(type) ?? null,
    key: (type) => keys.get(type.toLowerCase()) ?? null,
    parent: (type) => parents.get(type) ?? null,
  };
}
