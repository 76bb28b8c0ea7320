// The study's vocabulary in one dialog: its tags (colour, key, parent, description; rename,
// merge, delete, CSV import/export), its verdict list and its people. Every refusal from the
// study is shown here, next to what caused it.

import { useState } from 'react';
import type { DocumentSummary, Person, Session, Tag, Verdict } from '../../../electron/core/api/contract';
import { errorMessage } from '../api';
import { PeopleTab, VerdictsTab } from './ListTabs';
import { TagsTab } from './TagsTab';
import { Dialog } from '../ui/Dialog';

interface Props {
  session: Session;
  documents: readonly DocumentSummary[];
  people: readonly Person[];
  onTags(tags: Tag[]): void;
  onVerdicts(verdicts: Verdict[]): void;
  onPeople(): void;
  onClose(): void;
}

type TabId = 'tags' | 'verdicts' | 'people';

export function TagManager({ session, documents, people, onTags, onVerdicts, onPeople, onClose }: Props) {
  const [tab, setTab] = useState<TabId>('tags');
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setInfo(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Dialog title="Tags, verdicts and people" size="wide" onClose={onClose}>
        <div role="tablist" className="tabs">
          {(['tags', 'verdicts', 'people'] as const).map((t) => (
            <button key={t} role="tab" type="button" aria-selected={tab === t} onClick={() => setTab(t)}>
              {t === 'tags' ? 'Tags' : t === 'verdicts' ? 'Verdicts' : 'People'}
            </button>
          ))}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {info && (
          <p className="info" role="status">
            {info}
          </p>
        )}
        <div role="tabpanel" className="tab-panel">
          {tab === 'tags' && <TagsTab tags={session.tags} documents={documents} run={run} onTags={onTags} setInfo={setInfo} />}
          {tab === 'verdicts' && <VerdictsTab verdicts={session.verdicts} run={run} onVerdicts={onVerdicts} setInfo={setInfo} />}
          {tab === 'people' && <PeopleTab people={people} run={run} onPeople={onPeople} />}
        </div>
    </Dialog>
  );
}
