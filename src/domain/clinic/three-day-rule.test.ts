import { canAnchor, freeRevisitUntil, openRevisitAnchors, priceRegistration, type RegistrationFacts } from './three-day-rule';

const anchor: RegistrationFacts = {
  id: 'r-anchor',
  personKey: 'mother',
  hospitalId: 'h-first',
  campusId: 'c-first-old',
  departmentId: 'cardiology',
  visitDate: '2026-12-01',
  status: 'fulfilled',
  waived: false,
  anchorId: null,
};
const sameVisit = { personKey: 'mother', hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'cardiology', maxWaivedPerAnchor: null };

describe('一次就诊只挂一次号: the three-day free-revisit window', () => {
  it('ends two calendar days after the visit day (three days including it)', () => {
    expect(freeRevisitUntil('2026-12-01')).toBe('2026-12-03');
    expect(freeRevisitUntil('2026-12-30')).toBe('2027-01-01');
  });

  it.each([
    { day: 'day 0, the visit day itself', visitDate: '2026-12-01', open: true },
    { day: 'day 1', visitDate: '2026-12-02', open: true },
    { day: 'day 2, the last free day', visitDate: '2026-12-03', open: true },
    { day: 'day 3', visitDate: '2026-12-04', open: false },
    { day: 'the day before the anchor', visitDate: '2026-11-30', open: false },
  ])('offers the free revisit on $day: $open', ({ visitDate, open }) => {
    const anchors = openRevisitAnchors([anchor], { ...sameVisit, visitDate });
    expect(anchors).toEqual(open ? [{ registrationId: 'r-anchor', visitDate: '2026-12-01', freeRevisitUntil: '2026-12-03' }] : []);
  });

  it.each([
    { case: 'another campus of the same hospital', change: { campusId: 'c-first-new' } },
    { case: 'another department', change: { departmentId: 'endocrinology' } },
    { case: 'another hospital', change: { hospitalId: 'h-ethnic' } },
    { case: 'another person of the family', change: { personKey: 'son' } },
  ])('does not waive the fee at $case', ({ change }) => {
    expect(openRevisitAnchors([anchor], { ...sameVisit, ...change, visitDate: '2026-12-02' })).toEqual([]);
  });

  it.each([
    { case: 'a waived revisit (no chaining)', change: { waived: true, anchorId: 'r-older' } },
    { case: 'a cancelled registration', change: { status: 'cancelled' as const } },
    { case: 'a missed visit (no-show)', change: { status: 'noshow' as const } },
  ])('never anchors a window from $case', ({ change }) => {
    expect(canAnchor({ ...anchor, ...change })).toBe(false);
    expect(openRevisitAnchors([{ ...anchor, ...change }], { ...sameVisit, visitDate: '2026-12-02' })).toEqual([]);
  });

  it('anchors a window from a booked visit not yet made', () => {
    expect(openRevisitAnchors([{ ...anchor, status: 'booked' }], { ...sameVisit, visitDate: '2026-12-03' })).toHaveLength(1);
  });

  it('allows unlimited waived revisits by default and a configured number otherwise', () => {
    const revisit = (id: string): RegistrationFacts => ({ ...anchor, id, visitDate: '2026-12-02', waived: true, anchorId: 'r-anchor', status: 'booked' });
    const all = [anchor, revisit('r1'), revisit('r2')];
    expect(openRevisitAnchors(all, { ...sameVisit, visitDate: '2026-12-03' })).toHaveLength(1);
    expect(openRevisitAnchors(all, { ...sameVisit, visitDate: '2026-12-03', maxWaivedPerAnchor: 2 })).toEqual([]);
    expect(openRevisitAnchors(all, { ...sameVisit, visitDate: '2026-12-03', maxWaivedPerAnchor: 3 })).toHaveLength(1);
  });

  it('lists the most recent anchor first when two windows overlap', () => {
    const later = { ...anchor, id: 'r-later', visitDate: '2026-12-02' };
    expect(openRevisitAnchors([anchor, later], { ...sameVisit, visitDate: '2026-12-03' }).map((a) => a.registrationId)).toEqual(['r-later', 'r-anchor']);
  });

  it('waives both the registration and the consultation fee of a revisit', () => {
    expect(priceRegistration({ registrationFee: 100, consultationFee: 700 }, true)).toEqual({ fee: 0, waived: true, waivedAmount: 800 });
    expect(priceRegistration({ registrationFee: 100, consultationFee: 700 }, false)).toEqual({ fee: 800, waived: false, waivedAmount: 0 });
  });
});
