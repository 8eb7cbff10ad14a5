/**
 * Distances for "within N km" and "nearest first". A bounding box narrows the candidates
 * on indexed latitude and longitude; the exact great-circle (haversine) distance decides.
 */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

const rad = (deg: number) => (deg * Math.PI) / 180;

export interface Point {
  lat: number;
  lng: number;
}

export function haversineKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** The smallest latitude/longitude box that holds every point within `radiusKm` of `center`. */
export function boundingBox(center: Point, radiusKm: number): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  // Longitude degrees shrink towards the poles; widen by the box's edge nearest the pole.
  const edgeLat = Math.min(89.9, Math.abs(center.lat) + dLat);
  const dLng = Math.min(180, radiusKm / (KM_PER_DEGREE_LAT * Math.cos(rad(edgeLat))));
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng: center.lng - dLng, maxLng: center.lng + dLng };
}

/**
 * A point as a unit vector from the earth's centre. The straight-line (chord) distance
 * between two such vectors grows exactly with the great-circle distance, and its square
 * is plain arithmetic: any SQL engine can filter and sort by it, with no trigonometry per row.
 */
export function unitVector(p: Point): { x: number; y: number; z: number } {
  const lat = rad(p.lat);
  const lng = rad(p.lng);
  return { x: Math.cos(lat) * Math.cos(lng), y: Math.cos(lat) * Math.sin(lng), z: Math.sin(lat) };
}

/** The squared chord of a great-circle distance: points within `km` have a squared chord at most this. */
export function chordSquaredForKm(km: number): number {
  const c = 2 * Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
  return c * c;
}

/** The great-circle distance of a squared chord (the inverse of chordSquaredForKm). */
export function kmForChordSquared(chord2: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(Math.max(0, chord2)) / 2));
}

/**
 * Nearest-first in rings: search a small circle first and widen it (×4) only while it holds
 * fewer results than a page, so a dense town never sorts every posting in the radius.
 * Yields the radii to try, from just past `fromKm` (the previous page's last distance).
 */
export function* searchRings(fromKm: number, radiusKm: number, firstRingKm = 0.1): Generator<number> {
  let width = firstRingKm;
  for (;;) {
    const ring = Math.min(radiusKm, fromKm + width);
    yield ring;
    if (ring >= radiusKm) return;
    width *= 4;
  }
}

/** One decimal of a kilometre, as cards show it. */
export const roundKm = (km: number) => Math.round(km * 10) / 10;
