import { metresBetween } from './canteen/walking';
import { wgs84ToGcj02 } from './gcj02';

const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
  metresBetween({ latitude: a.lat, longitude: a.lng }, { latitude: b.lat, longitude: b.lng });

describe('WGS-84 to GCJ-02 (a browser’s location on China’s maps)', () => {
  it('gives the published transform’s answer for central Beijing', () => {
    const gcj = wgs84ToGcj02({ lat: 39.915, lng: 116.404 });
    expect(gcj.lng).toBeCloseTo(116.41024449916938, 8);
    expect(gcj.lat).toBeCloseTo(39.91640428150164, 8);
  });

  it('moves a point in 伊通 by a few hundred metres: too much to ignore inside a 1,125 m circle', () => {
    const gps = { lat: 43.3449, lng: 125.3052 };
    const moved = metres(gps, wgs84ToGcj02(gps));
    expect(moved).toBeGreaterThan(200);
    expect(moved).toBeLessThan(800);
  });

  it('leaves a point outside China as it is', () => {
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
  });
});
