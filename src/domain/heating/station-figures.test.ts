import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';
import { countByStatus, median, stationFigures, type ComplaintFacts } from './station-figures';

const now = new Date('2026-12-05T00:00:00.000Z');
const stations = [
  { id: 'hs-a', name: '农行站' },
  { id: 'hs-b', name: '果品站' },
];
const base: ComplaintFacts = {
  stationId: 'hs-a',
  category: 'temperature',
  status: 'closed',
  submittedAt: '2026-12-01T00:00:00.000Z',
  reopenedAt: null,
  acceptedAt: '2026-12-01T01:00:00.000Z',
  firstMeasuredAt: '2026-12-01T06:00:00.000Z',
  firstResolvedAt: '2026-12-01T08:00:00.000Z',
  ratingScore: 5,
};

describe('figures per station', () => {
  const figures = stationFigures(
    stations,
    [
      base,
      // Accepted after 3 h, measured after 30 h: late on both.
      { ...base, acceptedAt: '2026-12-01T03:00:00.000Z', firstMeasuredAt: '2026-12-02T06:00:00.000Z', ratingScore: 2 },
      // Outage repaired after 50 h: late.
      { ...base, category: 'no_heat', firstMeasuredAt: '2026-12-01T02:00:00.000Z', firstResolvedAt: '2026-12-03T02:00:00.000Z', ratingScore: null },
      // Submitted an hour ago, untouched: too young to count against any share.
      { ...base, status: 'submitted', submittedAt: '2026-12-04T23:00:00.000Z', acceptedAt: null, firstMeasuredAt: null, firstResolvedAt: null, ratingScore: null },
      // Refused: out of every time share.
      { ...base, status: 'rejected', acceptedAt: null, firstMeasuredAt: null, firstResolvedAt: null, ratingScore: 1 },
      { ...base, stationId: 'hs-b', status: 'accepted', submittedAt: '2026-12-03T00:00:00.000Z', acceptedAt: '2026-12-03T00:30:00.000Z', firstMeasuredAt: null, firstResolvedAt: null, ratingScore: null },
    ],
    now,
    policy,
  );
  const [a, b] = figures;

  it('counts complaints and ratings per station', () => {
    expect(a).toMatchObject({ stationId: 'hs-a', stationName: '农行站', complaints: 5, ratings: 3, averageRating: 2.7 });
    expect(b.complaints).toBe(1);
  });

  it('takes the median minutes from submission to the first measurement', () => {
    // 120, 360, 1800 minutes.
    expect(a.medianMinutesToMeasurement).toBe(360);
    expect(b.medianMinutesToMeasurement).toBeNull();
  });

  it('shares done in time count only complaints whose limit has come', () => {
    expect(a.acceptedWithin2hShare).toBe(0.667);
    expect(a.measuredWithin24hShare).toBe(0.667);
    expect(a.resolvedInTimeShare).toBe(0);
  });

  it('counts a step still missing after its limit as late, and flags it overdue', () => {
    // 果品站's complaint was accepted, then never measured: 24 h passed on 12-04.
    expect(b.measuredWithin24hShare).toBe(0);
    expect(b.overdue).toBe(1);
    expect(a.overdue).toBe(0);
  });

  it('has no shares for a station without complaints', () => {
    const [empty] = stationFigures([{ id: 'hs-c', name: '财政站' }], [], now, policy);
    expect(empty).toMatchObject({ complaints: 0, medianMinutesToMeasurement: null, measuredWithin24hShare: null, acceptedWithin2hShare: null, averageRating: null });
  });

  it('takes the middle of an even count as the mean of the two middle values', () => {
    expect(median([10, 40, 20, 30])).toBe(25);
  });

  it('lists every status, zero where none', () => {
    expect(countByStatus([{ status: 'closed' }, { status: 'closed' }, { status: 'submitted' }])).toEqual({
      submitted: 1,
      accepted: 0,
      dispatched: 0,
      measured: 0,
      resolved: 0,
      closed: 2,
      rejected: 0,
      reopened: 0,
    });
  });
});
