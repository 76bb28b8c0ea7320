import { describe, expect, it } from 'vitest';
import type { AnnotationFields } from '../../../electron/core/api/contract';
import { factChanges, withFactChanges } from './fact-changes';

const figure = (p: Partial<NonNullable<AnnotationFields['figure']>> = {}): NonNullable<AnnotationFields['figure']> => ({ written: 'At least 400 people', value: 400, valueMax: null, qualifier: 'at least', unit: 'people', asOf: null, ...p });

describe('edits to facts, as what changed', () => {
  it('two fields saved from the same form before the first answer: both kept', () => {
    const shown: AnnotationFields = { figure: figure() };
    const first = factChanges(shown, { figure: figure({ value: 450 }) });
    const second = factChanges(shown, { figure: figure({ asOf: '2005-03-18' }) });
    expect(first).toEqual({ figure: { value: 450 } });
    expect(second).toEqual({ figure: { asOf: '2005-03-18' } });
    const saved = withFactChanges(withFactChanges(shown, first), second);
    expect(saved.figure).toEqual(figure({ value: 450, asOf: '2005-03-18' }));
  });

  it.each<[string, AnnotationFields, Parameters<typeof factChanges>[1], AnnotationFields]>([
    ['a new group comes whole', {}, { figure: figure() }, { figure: figure() }],
    ['null removes a group', { figure: figure() }, { figure: null }, {}],
    ['nothing changed, nothing sent', { figure: figure() }, { figure: figure() }, { figure: figure() }],
    ['a list compared by value', { claim: { verdict: null, rationale: '', sources: [{ url: 'https://a', title: 'A' }], checkedBy: null, checkedAt: null } }, { claim: { verdict: 'false', rationale: '', sources: [{ url: 'https://a', title: 'A' }], checkedBy: null, checkedAt: null } }, { claim: { verdict: 'false', rationale: '', sources: [{ url: 'https://a', title: 'A' }], checkedBy: null, checkedAt: null } }],
  ])('%s', (_what, shown, next, want) => {
    expect(withFactChanges(shown, factChanges(shown, next))).toEqual(want);
  });
});
