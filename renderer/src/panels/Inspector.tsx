// The inspector for the selected annotation: its tag, the facts its tag records (claim,
// quote, figure, location), its note, who made it and when, and Delete. Everything saves as
// you go; each editing session is one undo step.

import { useEffect, useState } from 'react';
import type { AnnotationFields, FactSuggestions, Person, ListedAnnotation, Request, Tag, Verdict } from '../../../electron/core/api/contract';
import { tagKind } from '../../../electron/core/domain/kinds';
import { api } from '../api';
import { AnnotationHistory } from './AnnotationHistory';
import { DraftField } from './DraftField';
import { ClaimFacts } from './facts/ClaimFacts';
import { FigureFacts } from './facts/FigureFacts';
import { LocationFacts } from './facts/LocationFacts';
import { QuoteFacts } from './facts/QuoteFacts';
import { factChanges, type FactChanges } from '../state/fact-changes';

interface Props {
  annotation: ListedAnnotation;
  documentId: string;
  tags: readonly Tag[];
  verdicts: readonly Verdict[];
  people: readonly Person[];
  userName: string;
  onUpdate(id: string, patch: Omit<Request<'updateAnnotation'>, 'id'>, mergeKey?: string): void;
  onUpdateFacts(id: string, changes: FactChanges, mergeKey?: string): void;
  onDelete(id: string): void;
  onCreatePerson(name: string, role: string): Promise<Person | undefined>;
}

// Building a formatter is slow; one serves every render.

export function Inspector({ annotation: a, documentId, tags, verdicts, people, userName, onUpdate, onUpdateFacts, onDelete, onCreatePerson }: Props) {
  const kind = tagKind(a.tag, tags);
  const [suggestions, setSuggestions] = useState<{ id: string; value: FactSuggestions } | null>(null);

  // Suggestions for speakers and places (figures are read when tagged).
  useEffect(() => {
    if (kind !== 'quote' && kind !== 'location') return;
    let live = true;
    api
      .suggestFacts({ id: a.id })
      .then((value) => live && setSuggestions({ id: a.id, value }))
      .catch(() => live && setSuggestions({ id: a.id, value: {} }));
    return () => {
      live = false;
    };
  }, [a.id, a.tag, a.start, a.end, kind]);
  const suggested = suggestions?.id === a.id ? suggestions.value : undefined;

  /** Replace some groups of facts (null removes a group): saved as what changed of the facts shown. */
  const setFields = (patch: { [K in keyof AnnotationFields]?: AnnotationFields[K] | null }, mergeKey?: string) => onUpdateFacts(a.id, factChanges(a.fields, patch), mergeKey);

  return (
    <section className="inspector" aria-label="Selected annotation">
      <blockquote className="insp-quote" dir="auto">{a.exact}</blockquote>
      <div className="insp-tags" role="radiogroup" aria-label="Tag">
        {tags.map((t, slot) => (
          <button key={t.id} type="button" role="radio" aria-checked={a.tag === t.id} className="chip" title={t.description || undefined} onClick={() => a.tag !== t.id && onUpdate(a.id, { tag: t.id })}>
            <span className="dot" style={{ background: `var(--t${slot})` }} aria-hidden="true" />
            {t.name}
          </button>
        ))}
      </div>
      {kind === 'claim' && <ClaimFacts id={a.id} fields={a.fields.claim} verdicts={verdicts} userName={userName} onChange={(claim, k) => setFields({ claim }, k)} />}
      {kind === 'quote' && (
        <QuoteFacts id={a.id} fields={a.fields.quote} people={people} suggestion={suggested?.speaker} onChange={(quote) => setFields({ quote })} onCreatePerson={onCreatePerson} />
      )}
      {kind === 'figure' && <FigureFacts id={a.id} exact={a.exact} fields={a.fields.figure} onChange={(figure, k) => setFields({ figure }, k)} />}
      {kind === 'location' && (
        <LocationFacts
          id={a.id}
          exact={a.exact}
          documentId={documentId}
          fields={a.fields.location}
          initial={suggested?.places}
          onChange={(location) => setFields({ location })}
        />
      )}
      <label className="insp-label" htmlFor="annotation-note">
        Note
      </label>
      <DraftField id="annotation-note" identity={a.id} multiline rows={2} value={a.note} placeholder="Why this matters, what to check…" onSave={(note, k) => onUpdate(a.id, { note }, k)} />
      <div className="insp-foot">
        <AnnotationHistory annotation={a} />
        <button type="button" className="danger" onClick={() => onDelete(a.id)} title="Delete this annotation (Delete)">
          Delete
        </button>
      </div>
    </section>
  );
}
