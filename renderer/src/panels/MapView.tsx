// The map of a document's (or the whole study's) resolved locations, drawn offline: Natural
// Earth country shapes from world-atlas, projected with d3-geo into SVG. Nothing is fetched.
// Markers grow with the number of annotations at a place; clicking one lists them.

import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MapPoint, Unplaced } from '../../../electron/core/api/contract';
import { api, errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';

const WIDTH = 960;
const HEIGHT = 540;

interface Props {
  documentId: string | null;
  onReveal(documentId: string, annotationId: string): void;
  onClose(): void;
}

interface Place {
  key: string;
  name: string;
  lat: number;
  lon: number;
  points: MapPoint[];
}

/** The map outline is loaded on first use (it is large) and kept. */
let worldShapes: Promise<FeatureCollection<Geometry>> | null = null;
function world(): Promise<FeatureCollection<Geometry>> {
  worldShapes ??= import('world-atlas/countries-50m.json').then((m) => {
    const topo = m.default as unknown as Topology;
    return feature(topo, topo.objects.countries!) as FeatureCollection<Geometry>;
  });
  return worldShapes;
}

export function MapView({ documentId, onReveal, onClose }: Props) {
  const [scope, setScope] = useState<'document' | 'study'>(documentId ? 'document' : 'study');
  const [points, setPoints] = useState<MapPoint[] | null>(null);
  const [unplaced, setUnplaced] = useState<Unplaced[]>([]);
  const [shapes, setShapes] = useState<FeatureCollection<Geometry> | null>(null);
  const [open, setOpen] = useState<Place | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void world().then(setShapes);
  }, []);
  useEffect(() => {
    setOpen(null);
    api
      .mapPoints(scope === 'document' && documentId ? { documentId } : {})
      .then((r) => {
        setPoints(r.points);
        setUnplaced(r.unplaced);
      })
      .catch((e) => setError(errorMessage(e)));
  }, [scope, documentId]);

  const places = useMemo(() => {
    const byKey = new Map<string, Place>();
    for (const p of points ?? []) {
      const key = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
      const place = byKey.get(key) ?? { key, name: p.name, lat: p.lat, lon: p.lon, points: [] };
      place.points.push(p);
      byKey.set(key, place);
    }
    return [...byKey.values()].sort((a, b) => b.points.length - a.points.length);
  }, [points]);

  const projection = useMemo(() => {
    const proj = geoNaturalEarth1();
    if (!places.length) return proj.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    // Fit the places, with at least ~8° around them so one place is not a dot on a blank page.
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    const pad = (lo: number, hi: number, min: number) => (hi - lo < min ? [(lo + hi) / 2 - min / 2, (lo + hi) / 2 + min / 2] : [lo - (hi - lo) * 0.15, hi + (hi - lo) * 0.15]);
    const [w, e] = pad(Math.min(...lons), Math.max(...lons), 12);
    const [s, n] = pad(Math.min(...lats), Math.max(...lats), 8);
    const corners: Array<[number, number]> = [[w!, s!], [e!, s!], [e!, n!], [w!, n!]];
    return proj.fitExtent([[30, 30], [WIDTH - 30, HEIGHT - 30]], { type: 'MultiPoint', coordinates: corners });
  }, [places]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const max = Math.max(1, ...places.map((p) => p.points.length));
  // Labels for the biggest places first, right of the marker or else left of it; a label
  // that would cover a marker or another label is left out (the marker's tooltip names it).
  const labels = useMemo(() => {
    type Box = [number, number, number, number];
    const hits = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
    const taken: Box[] = [];
    const sites = places.flatMap((p) => {
      const xy = projection([p.lon, p.lat]);
      if (!xy) return [];
      const r = 5 + 9 * Math.sqrt(p.points.length / max);
      taken.push([xy[0] - r, xy[1] - r, xy[0] + r, xy[1] + r]);
      return [{ p, x: xy[0], y: xy[1], r }];
    });
    const out = new Map<string, 'start' | 'end'>();
    for (const { p, x, y, r } of sites) {
      const w = 8 + p.name.length * 7.6;
      const right: Box = [x + r + 2, y - 9, x + r + 2 + w, y + 9];
      const left: Box = [x - r - 2 - w, y - 9, x - r - 2, y + 9];
      const mine = (b: Box) => taken.filter((t) => !(t[0] === x - r && t[1] === y - r)).some((t) => hits(b, t));
      if (!mine(right)) (taken.push(right), out.set(p.key, 'start'));
      else if (!mine(left)) (taken.push(left), out.set(p.key, 'end'));
    }
    return out;
  }, [places, projection, max]);

  return (
    <Dialog
      title="Map of locations"
      size="wide"
      className="map-dialog"
      onClose={onClose}
      headerExtra={
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={scope === 'document'} disabled={!documentId} onClick={() => setScope('document')}>
            This document
          </button>
          <button type="button" role="tab" aria-selected={scope === 'study'} onClick={() => setScope('study')}>
            Whole study
          </button>
        </div>
      }
    >
        {error && <p className="error">{error}</p>}
        <p className="muted map-caption" role="status">
          {points === null ? 'Loading…' : places.length ? `${points.length} location${points.length === 1 ? '' : 's'} at ${places.length} place${places.length === 1 ? '' : 's'}` : 'No placed locations yet: pick a place for a location tag in the inspector.'}
          {unplaced.length > 0 && `; ${unplaced.length} location tag${unplaced.length === 1 ? '' : 's'} without a place`}
        </p>
        {unplaced.length > 0 && (
          <p className="map-unplaced">
            <button type="button" onClick={() => onReveal(unplaced[0]!.documentId, unplaced[0]!.annotationId)}>
              Place the next one: “{unplaced[0]!.exact}”
            </button>{' '}
            <span className="muted">in {unplaced[0]!.documentTitle}</span>
          </p>
        )}
        <div className="map-wrap">
          <svg className="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Map of ${places.length} places`}>
            <path className="sphere" d={path({ type: 'Sphere' }) ?? undefined} />
            <path className="graticule" d={path(geoGraticule10()) ?? undefined} />
            {shapes?.features.map((f: Feature<Geometry>, i: number) => <path key={i} className="country" d={path(f) ?? undefined} />)}
            {places.map((p) => {
              const xy = projection([p.lon, p.lat]);
              if (!xy) return null;
              const r = 5 + 9 * Math.sqrt(p.points.length / max);
              return (
                <g key={p.key} className="marker" transform={`translate(${xy[0]},${xy[1]})`}>
                  <circle r={r} tabIndex={0} role="button" aria-label={`${p.name}: ${p.points.length} annotation${p.points.length === 1 ? '' : 's'}`} onClick={() => setOpen(p)} onKeyDown={(e) => e.key === 'Enter' && setOpen(p)}>
                    <title>{`${p.name} (${p.points.length})`}</title>
                  </circle>
                  {labels.has(p.key) && (
                    <text x={labels.get(p.key) === 'start' ? r + 3 : -r - 3} y={4} textAnchor={labels.get(p.key)}>
                      {p.name}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          {open && (
            <div className="map-popup" role="group" aria-label={`Annotations at ${open.name}`}>
              <strong>{open.name}</strong>
              <ul>
                {open.points.map((pt) => (
                  <li key={pt.annotationId}>
                    <button type="button" className="link" onClick={() => onReveal(pt.documentId, pt.annotationId)}>
                      “{pt.exact}”
                    </button>
                    <span className="muted"> — {pt.documentTitle}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <p className="muted attribution">Map data: Natural Earth (public domain), via world-atlas.</p>
    </Dialog>
  );
}
