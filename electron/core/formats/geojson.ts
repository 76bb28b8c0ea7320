// The resolved locations as GeoJSON (RFC 7946): one Point per location annotation, with its
// document and the words it annotates.

import { ExportIndex, geonamesUri, type ExportData } from './export-data';
import type { Format } from './format';

export function locationsToGeoJson(data: ExportData): Record<string, unknown> {
  const ix = new ExportIndex(data);
  const features = data.documents.flatMap(({ summary, annotations }) =>
    annotations.flatMap((a) => {
      const p = ix.place(a);
      if (!p || p.lat === null || p.lon === null) return [];
      return [
        {
          type: 'Feature',
          id: a.id,
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: {
            name: p.name,
            country: p.country,
            geonamesId: p.geonamesId,
            geonamesUri: p.geonamesId ? geonamesUri(p.geonamesId) : null,
            pinnedByHand: p.manual,
            quote: a.exact,
            note: a.note || null,
            tag: ix.tagName(a),
            documentId: summary.id,
            documentTitle: summary.title,
            sourceUrl: summary.sourceUrl,
            author: a.author,
            modified: a.modified,
          },
        },
      ];
    }),
  );
  return { type: 'FeatureCollection', features };
}

export const geoJsonFormat: Format = {
  id: 'geojson',
  label: 'GeoJSON (placed locations)',
  offsets: 'Unicode code points (in each feature\'s properties)',
  writer: { fileName: (base) => `${base}.locations.geojson`, mediaType: 'application/geo+json', write: (data) => JSON.stringify(locationsToGeoJson(data), null, 2) + '\n' },
};
