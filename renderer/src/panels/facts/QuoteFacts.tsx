// Quote facts: the speaker, a person kept in the study (the same person across documents).
// The app proposes a speaker from the sentence around the quote; it is only ever applied by
// the user's click.

import { useMemo, useState } from 'react';
import type { Person, QuoteFields, SpeakerProposal } from '../../../../electron/core/api/contract';

interface Props {
  id: string;
  fields: QuoteFields | undefined;
  people: readonly Person[];
  suggestion: (SpeakerProposal & { person: Person | null }) | undefined;
  onChange(next: QuoteFields): void;
  onCreatePerson(name: string, role: string): Promise<Person | undefined>;
}

const label = (p: Person) => (p.role ? `${p.name} (${p.role})` : p.name);

export function QuoteFacts({ id, fields, people, suggestion, onChange, onCreatePerson }: Props) {
  const speaker = fields?.speakerId ? people.find((p) => p.id === fields.speakerId) : undefined;
  const [query, setQuery] = useState('');
  const [role, setRole] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? people.filter((p) => p.name.toLowerCase().includes(q) || p.role.toLowerCase().includes(q)).slice(0, 8) : [];
  }, [people, query]);
  const choose = (p: Person) => {
    onChange({ speakerId: p.id });
    setQuery('');
    setRole('');
  };
  const create = async (name: string, r: string) => {
    const p = await onCreatePerson(name, r);
    if (p) choose(p);
  };
  const suggested = suggestion && suggestion.name && (!speaker || speaker.name.toLowerCase() !== suggestion.name.toLowerCase());

  return (
    <div className="facts" aria-label="Quote">
      <div className="fact-row">
        <span className="fact-label">Speaker</span>
        {speaker ? (
          <span className="speaker">
            <strong>{speaker.name}</strong>
            {speaker.role && <span className="muted"> — {speaker.role}</span>}
            <button type="button" className="link" onClick={() => onChange({ speakerId: null })}>
              Clear
            </button>
          </span>
        ) : (
          <span className="muted">Not set</span>
        )}
      </div>
      {suggested && (
        <div className="suggestion" role="group" aria-label="Suggested speaker">
          <span>
            Suggested: <strong>{suggestion.name}</strong>
            {suggestion.role && <span> ({suggestion.role})</span>}
            <span className="muted evidence"> — from “{suggestion.evidence.slice(0, 90)}”</span>
          </span>
          <button type="button" onClick={() => (suggestion.person ? choose(suggestion.person) : void create(suggestion.name, suggestion.role))}>
            Use
          </button>
        </div>
      )}
      <div className="person-picker">
        <input
          aria-label={`Find or add a speaker for annotation ${id}`}
          placeholder="Find or add a person…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) choose(matches[0]);
          }}
        />
        {query.trim() && (
          <ul className="options" aria-label="People">
            {matches.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => choose(p)}>
                  {label(p)}
                </button>
              </li>
            ))}
            <li className="new-person">
              <input aria-label="Role or affiliation" placeholder="Role or affiliation (optional)" value={role} onChange={(e) => setRole(e.target.value)} />
              <button type="button" onClick={() => void create(query.trim(), role.trim())}>
                Add “{query.trim()}”
              </button>
            </li>
          </ul>
        )}
      </div>
    </div>
  );
}
