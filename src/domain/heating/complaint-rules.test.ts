import { autoCloseAt, canRate, inTenths, moveInputErrors, readingErrors, reopenRefusal, reopenUntil } from './complaint-rules';
import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';

const now = new Date('2026-12-01T02:00:00.000Z');

describe("the resident's own readings", () => {
  it('are required for a cold room and an outage, optional for a leak', () => {
    expect(readingErrors([], 'temperature', now)).toEqual({ readings: '请至少填写一次自测室温' });
    expect(readingErrors([], 'no_heat', now)).toEqual({ readings: '请至少填写一次自测室温' });
    expect(readingErrors([], 'leak', now)).toEqual({});
  });

  it.each([
    { at: '2026-12-01T01:30:00.000Z', error: undefined, note: 'half an hour ago' },
    { at: '2026-12-01T02:04:00.000Z', error: undefined, note: 'four minutes ahead (clock skew)' },
    { at: '2026-12-01T03:00:00.000Z', error: '测温时间不能晚于现在', note: 'an hour ahead' },
    { at: '2026-11-28T02:00:00.000Z', error: undefined, note: 'three days ago' },
    { at: '2026-11-28T01:59:00.000Z', error: '请填写最近3天内的测温', note: 'more than three days ago' },
  ])('taken $note: $error', ({ at, error }) => {
    expect(readingErrors([{ celsius: 16.5, at }], 'temperature', now)['readings.0.at']).toBe(error);
  });

  it.each([
    [16.5, true],
    [18, true],
    [29.9, true],
    [16.55, false],
    [0.1 + 0.2, true],
  ])('%s is read in 0.1 ℃ steps: %s', (n, ok) => {
    expect(inTenths(n)).toBe(ok);
  });
});

describe('what each dispatcher move needs', () => {
  const context = { submittedAt: '2026-12-01T00:00:00.000Z', now };

  it.each([
    { to: 'accepted', input: {}, errors: {} },
    { to: 'rejected', input: {}, errors: { note: '请写明不予受理的原因' } },
    { to: 'rejected', input: { note: '非集中供热用户' }, errors: {} },
    { to: 'dispatched', input: {}, errors: { crew: '请填写维修人员姓名和电话' } },
    { to: 'dispatched', input: { crew: { name: '张师傅', phone: '13904340000' } }, errors: {} },
    { to: 'measured', input: {}, errors: { measuredCelsius: '请填写上门实测室温' } },
    { to: 'measured', input: { measuredCelsius: 16.2 }, errors: {} },
    { to: 'measured', input: { measuredCelsius: 16.2, measuredAt: '2026-12-01T03:00:00.000Z' }, errors: { measuredAt: '测温时间不能晚于现在' } },
    { to: 'measured', input: { measuredCelsius: 16.2, measuredAt: '2026-11-30T23:00:00.000Z' }, errors: { measuredAt: '测温时间不能早于反映时间' } },
    { to: 'resolved', input: {}, errors: { note: '请写明处理结果' } },
    { to: 'accepted', input: { measuredCelsius: 16 }, errors: { measuredCelsius: '仅上门测温时填写实测室温' } },
    { to: 'measured', input: { measuredCelsius: 16, crew: { name: '张师傅', phone: '13904340000' } }, errors: { crew: '仅派单时填写维修人员' } },
  ] as const)('$to with $input → $errors', ({ to, input, errors }) => {
    expect(moveInputErrors(to, input, context)).toEqual(errors);
  });
});

describe('reopening (重新处理) within 7 days of 已处理', () => {
  const resolvedAt = '2026-12-01T02:00:00.000Z';

  it('ends exactly 7 days after 已处理', () => {
    expect(reopenUntil(resolvedAt, policy)).toBe('2026-12-08T02:00:00.000Z');
  });

  it.each([
    { status: 'resolved', at: '2026-12-08T02:00:00.000Z', refusal: null, note: 'on the last instant' },
    { status: 'closed', at: '2026-12-05T00:00:00.000Z', refusal: null, note: 'after confirming, within the window' },
    { status: 'resolved', at: '2026-12-08T02:00:01.000Z', refusal: 'window', note: 'one second late' },
    { status: 'closed', at: '2026-12-09T00:00:00.000Z', refusal: 'window', note: 'closed and late' },
    { status: 'dispatched', at: '2026-12-02T00:00:00.000Z', refusal: 'status', note: 'before it was handled' },
    { status: 'rejected', at: '2026-12-02T00:00:00.000Z', refusal: 'status', note: 'a refused complaint' },
  ] as const)('from $status $note: $refusal', ({ status, at, refusal }) => {
    expect(reopenRefusal({ status, resolvedAt: status === 'resolved' || status === 'closed' ? resolvedAt : null }, new Date(at), policy)).toBe(refusal);
  });

  it('follows a configured window', () => {
    expect(reopenRefusal({ status: 'resolved', resolvedAt }, new Date('2026-12-04T02:00:01.000Z'), { reopenDays: 3 })).toBe('window');
  });
});

describe('closing and rating', () => {
  it('closes an unconfirmed 已处理 72 h later', () => {
    expect(autoCloseAt('2026-12-01T02:00:00.000Z', policy)).toBe('2026-12-04T02:00:00.000Z');
  });

  it.each([
    ['submitted', false],
    ['dispatched', false],
    ['measured', false],
    ['resolved', true],
    ['closed', true],
    ['rejected', true],
    ['reopened', false],
  ] as const)('lets the resident rate a %s complaint: %s', (status, ok) => {
    expect(canRate(status)).toBe(ok);
  });
});
