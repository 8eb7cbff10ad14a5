/**
 * China's maps (WeChat's, Amap's) and our canteen coordinates use GCJ-02; a browser's
 * geolocation answers WGS-84, which lands 300–600 m off in 伊通 — a third of the 15-minute
 * circle. This is the published GCJ-02 transform (Krasovsky ellipsoid); outside China the
 * two agree and a point is returned unchanged.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

const A = 6378245.0;
const EE = 0.006693421622965943;

const outsideChina = ({ lat, lng }: LatLng) => lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;

const waves = (x: number) => ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;

function latOffset(x: number, y: number): number {
  return (
    -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) +
    waves(x) +
    ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  );
}

function lngOffset(x: number, y: number): number {
  return (
    300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) +
    waves(x) +
    ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  );
}

/** A WGS-84 point (GPS, a browser) as GCJ-02 (the maps and places of this app). */
export function wgs84ToGcj02(point: LatLng): LatLng {
  if (outsideChina(point)) return point;
  const radLat = (point.lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (latOffset(point.lng - 105, point.lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (lngOffset(point.lng - 105, point.lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: point.lat + dLat, lng: point.lng + dLng };
}
