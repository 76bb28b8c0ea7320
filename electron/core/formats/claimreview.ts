// Reviewed claims as schema.org ClaimReview JSON-LD, as fact-checkers publish them
// (https://schema.org/ClaimReview). Only claims with a verdict that is a conclusion are
// exported: not "unchecked" or "in progress". A claim inside a quote is authored by its speaker.

import type { Annotation } from '../domain/types';
import { ExportIndex, type ExportData } from './export-data';
import type { Format } from './format';

const NOT_A_VERDICT = new Set(['unchecked', 'in-progress']);

export function claimReviews(data: ExportData, reviewer: string): Array<Record<string, unknown>> {
  const ix = new ExportIndex(data);
  return data.documents.flatMap(({ summary, annotations }) => {
    const quotes = annotations.filter((q) => ix.kind(q) === 'quote' && ix.speaker(q));
    const speakerOf = (a: Annotation) => {
      if (ix.kind(a) === 'quote') return ix.speaker(a);
      const around = quotes.find((q) => q.start <= a.start && q.end >= a.end);
      return around ? ix.speaker(around) : null;
    };
    return annotations.flatMap((a) => {
      const verdict = ix.verdict(a);
      const claim = a.fields.claim;
      if (!verdict || !claim || NOT_A_VERDICT.has(verdict.id)) return [];
      const speaker = speakerOf(a);
      const appearance = {
        '@type': 'CreativeWork',
        headline: summary.title,
        ...(summary.sourceUrl ? { url: summary.sourceUrl } : {}),
        ...(summary.published && /^\d{4}-\d{2}-\d{2}$/.test(summary.published) ? { datePublished: summary.published } : {}),
        ...(summary.author ? { author: { '@type': 'Organization', name: summary.author } } : {}),
      };
      return [
        {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          identifier: `urn:uuid:${a.id}`,
          claimReviewed: a.exact,
          reviewRating: { '@type': 'Rating', alternateName: verdict.label },
          itemReviewed: {
            '@type': 'Claim',
            ...(speaker ? { author: { '@type': 'Person', name: speaker.name, ...(speaker.role ? { jobTitle: speaker.role } : {}) } } : {}),
            appearance,
          },
          author: { '@type': 'Person', name: claim.checkedBy ?? a.author },
          ...(claim.checkedAt ? { datePublished: claim.checkedAt } : { datePublished: a.modified.slice(0, 10) }),
          ...(claim.rationale ? { reviewBody: claim.rationale } : {}),
          ...(claim.sources.length ? { citation: claim.sources.map((s) => ({ '@type': 'CreativeWork', url: s.url, ...(s.title ? { name: s.title } : {}) })) } : {}),
          publisher: { '@type': 'Organization', name: reviewer },
        },
      ];
    });
  });
}

export const claimReviewFormat: Format = {
  id: 'claimreview',
  label: 'ClaimReview (schema.org JSON-LD)',
  offsets: 'none (claims by their text)',
  writer: { fileName: (base) => `${base}.claimreview.jsonld`, mediaType: 'application/ld+json', write: (data) => JSON.stringify(claimReviews(data, data.study.name), null, 2) + '\n' },
};
