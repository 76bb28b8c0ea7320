// Who made an annotation and who changed it since, from the study's change log; the full
// list is in the tooltip.

import { useEffect, useState } from 'react';
import type { Change, ListedAnnotation } from '../../../electron/core/api/contract';
import { api } from '../api';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const VERB: Record<Change['action'], string> = { create: 'created', edit: 'edited', delete: 'deleted', restore: 'restored' };

export function AnnotationHistory({ annotation: a }: { annotation: ListedAnnotation }) {
  const [changes, setChanges] = useState<Change[]>([]);
  useEffect(() => {
    let live = true;
    api
      .annotationHistory({ id: a.id })
      .then((c) => live && setChanges(c))
      .catch(() => live && setChanges([]));
    return () => {
      live = false;
    };
  }, [a.id, a.modified]);
  const editors = [...new Set(changes.filter((c) => c.action !== 'create' && c.author !== a.author).map((c) => c.author))];
  const title = changes.length ? changes.map((c) => `${when.format(new Date(c.at))}: ${VERB[c.action]} by ${c.author}`).join('\n') : `Created ${a.created}, modified ${a.modified}`;
  return (
    <span className="muted annotation-history" title={title}>
      {a.author}
      {editors.length ? `, edited by ${editors.join(', ')}` : ''} · {when.format(new Date(a.modified))}
    </span>
  );
}
