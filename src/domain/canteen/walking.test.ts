import { metresBetween, walkMinutes, withinCircle } from './walking';

describe('一刻钟助餐服务圈: walking minutes = metres / 75, rounded up; the circle is 15 minutes', () => {
  it.each([
    { metres: 0, minutes: 0 },
    { metres: 75, minutes: 1 },
    { metres: 76, minutes: 2 },
    { metres: 1125, minutes: 15 },
    { metres: 1126, minutes: 16 },
  ])('$metres m is $minutes minutes', ({ metres, minutes }) => {
    expect(walkMinutes(metres, 75)).toBe(minutes);
  });

  it.each([
    { minutes: 15, inside: true },
    { minutes: 16, inside: false },
  ])('$minutes minutes is inside the circle: $inside', ({ minutes, inside }) => {
    expect(withinCircle(minutes, 15)).toBe(inside);
  });

  it('measures the great-circle distance: 0.01° of latitude is about 1,112 m', () => {
    expect(Math.round(metresBetween({ latitude: 43.34, longitude: 125.3 }, { latitude: 43.35, longitude: 125.3 }))).toBe(1112);
    // A degree of longitude is shorter this far north (cos 43.3° ≈ 0.73).
    expect(Math.round(metresBetween({ latitude: 43.34, longitude: 125.3 }, { latitude: 43.34, longitude: 125.31 }))).toBe(809);
    expect(metresBetween({ latitude: 43.3449, longitude: 125.3052 }, { latitude: 43.3449, longitude: 125.3052 })).toBe(0);
  });
});
