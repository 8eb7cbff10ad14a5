import { boundingBox, chordSquaredForKm, haversineKm, kmForChordSquared, searchRings, unitVector } from './geo';

const YITONG = { lat: 43.3452, lng: 125.3068 };

describe('distances', () => {
  it('measures 伊通 to 长春 (about 52 km as the crow flies) on the great circle', () => {
    expect(haversineKm(YITONG, { lat: 43.8171, lng: 125.3235 })).toBeCloseTo(52.5, 0);
  });

  it('is zero at the same point and symmetric', () => {
    expect(haversineKm(YITONG, YITONG)).toBe(0);
    const other = { lat: 43.3511, lng: 125.3187 };
    expect(haversineKm(YITONG, other)).toBeCloseTo(haversineKm(other, YITONG), 12);
  });

  it.each([1, 5, 30, 100])('a %d km box holds every point at that distance in any direction', (radius) => {
    const box = boundingBox(YITONG, radius);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // Walk slightly less than the radius along the bearing, on a sphere.
      const d = (radius * 0.999) / 6371.0088;
      const b = (bearing * Math.PI) / 180;
      const lat1 = (YITONG.lat * Math.PI) / 180;
      const lng1 = (YITONG.lng * Math.PI) / 180;
      const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
      const lng2 = lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
      const p = { lat: (lat2 * 180) / Math.PI, lng: (lng2 * 180) / Math.PI };
      expect(haversineKm(YITONG, p)).toBeLessThan(radius);
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(p.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });

  it('orders and bounds points exactly as the great-circle distance does, with the chord between unit vectors', () => {
    const c = unitVector(YITONG);
    const chord2 = (p: { lat: number; lng: number }) => {
      const u = unitVector(p);
      return (u.x - c.x) ** 2 + (u.y - c.y) ** 2 + (u.z - c.z) ** 2;
    };
    const points = Array.from({ length: 400 }, (_, i) => ({ lat: YITONG.lat + Math.sin(i * 7.1) * 0.6, lng: YITONG.lng + Math.cos(i * 3.3) * 0.8 }));
    const byChord = [...points].sort((a, b) => chord2(a) - chord2(b));
    const byHaversine = [...points].sort((a, b) => haversineKm(YITONG, a) - haversineKm(YITONG, b));
    byChord.forEach((p, i) => expect(haversineKm(YITONG, p)).toBeCloseTo(haversineKm(YITONG, byHaversine[i]), 9));
    for (const p of points) expect(chord2(p) <= chordSquaredForKm(30)).toBe(haversineKm(YITONG, p) <= 30);
  });

  it('turns a squared chord back into kilometres', () => {
    for (const km of [0.1, 1, 12.5, 100]) expect(kmForChordSquared(chordSquaredForKm(km))).toBeCloseTo(km, 9);
  });

  it('widens nearest-first rings fourfold from the last distance up to the radius', () => {
    expect([...searchRings(0, 10)]).toEqual([0.1, 0.4, 1.6, 6.4, 10]);
    expect([...searchRings(3, 5)]).toEqual([3.1, 3.4, 4.6, 5]);
    expect([...searchRings(0, 0.05)]).toEqual([0.05]);
  });
});
