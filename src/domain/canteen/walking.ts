/**
 * The 一刻钟助餐服务圈: canteens by walking time. Distance is the great-circle distance
 * (streets make the walk a little longer; the county publishes the circle this way).
 */
export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_METRES = 6_371_008.8;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

export function metresBetween(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Walking minutes = metres / 75 (4.5 km/h), rounded up: 76 m is 2 minutes. */
export const walkMinutes = (metres: number, metresPerMinute: number) => Math.ceil(metres / metresPerMinute);

export const withinCircle = (minutes: number, circleMinutes: number) => minutes <= circleMinutes;
