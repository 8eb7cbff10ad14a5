import { businessDate } from '../business-date';
import { DEFAULT_JOBS_POLICY as policy } from './jobs-policy';
import { applyRefusal, dailyPayEstimate, effectiveStatus, headcountLeft, isListed, isPublic, postingFieldErrors, requirementsText, seesContact, takesHires, type PostingFields } from './posting-rules';

describe('expiry on the Shanghai date', () => {
  it.each([
    { now: '2026-12-31T15:59:59Z', status: 'published', note: '23:59:59 on the last valid day in China' },
    { now: '2026-12-31T16:00:00Z', status: 'expired', note: '00:00 the day after, in China' },
    { now: '2026-12-31T10:00:00Z', status: 'published', note: 'the afternoon of the last day' },
  ] as const)('a posting valid through 12-31 reads $status at $note', ({ now, status }) => {
    expect(effectiveStatus('published', '2026-12-31', businessDate(new Date(now)))).toBe(status);
  });

  it('leaves statuses other than published as they are', () => {
    expect(effectiveStatus('filled', '2026-01-01', '2026-12-31')).toBe('filled');
    expect(effectiveStatus('pending_review', '2026-01-01', '2026-12-31')).toBe('pending_review');
  });
});

describe('who sees a posting', () => {
  const today = '2026-12-01';
  it.each([
    { p: { status: 'published', validThrough: '2026-12-01', employerVerified: true }, listed: true, note: 'published, valid today, verified employer' },
    { p: { status: 'published', validThrough: '2026-11-30', employerVerified: true }, listed: false, note: 'past its date' },
    { p: { status: 'published', validThrough: '2026-12-31', employerVerified: false }, listed: false, note: 'employer no longer verified' },
    { p: { status: 'pending_review', validThrough: '2026-12-31', employerVerified: true }, listed: false, note: 'not reviewed' },
    { p: { status: 'filled', validThrough: '2026-12-31', employerVerified: true }, listed: false, note: 'filled' },
    { p: { status: 'withdrawn', validThrough: '2026-12-31', employerVerified: true }, listed: false, note: 'withdrawn' },
  ] as const)('search lists it: $listed when $note', ({ p, listed }) => {
    expect(isListed(p, today)).toBe(listed);
  });

  it.each([
    { p: { postedAt: '2026-11-01T00:00:00Z', status: 'filled', employerVerified: true }, open: true, note: 'a filled posting (its link says 已招满)' },
    { p: { postedAt: null, status: 'pending_review', employerVerified: true }, open: false, note: 'an unreviewed posting' },
    { p: { postedAt: null, status: 'rejected', employerVerified: true }, open: false, note: 'a rejected posting' },
    { p: { postedAt: '2026-11-01T00:00:00Z', status: 'published', employerVerified: false }, open: false, note: 'a posting of an employer whose verification was withdrawn' },
  ] as const)('anyone may open it: $open for $note', ({ p, open }) => {
    expect(isPublic(p)).toBe(open);
  });
});

describe('applying', () => {
  const today = '2026-12-01';
  const base = { status: 'published', validThrough: '2026-12-10', headcount: 3, hired: 0 } as const;
  it.each([
    { change: {}, refusal: null },
    { change: { validThrough: '2026-12-01' }, refusal: null },
    { change: { validThrough: '2026-11-30' }, refusal: '该岗位已于11月30日过期' },
    { change: { status: 'filled' }, refusal: '该岗位已招满' },
    { change: { hired: 3 }, refusal: '该岗位已招满' },
    { change: { status: 'withdrawn' }, refusal: '该岗位已被用工单位撤回' },
    { change: { status: 'pending_review' }, refusal: '该岗位尚未发布' },
  ] as const)('with $change is refused: $refusal', ({ change, refusal }) => {
    expect(applyRefusal({ ...base, ...change }, today)).toBe(refusal);
  });

  it('takes hires up to headcount, also after the posting expired, never once it is filled or withdrawn', () => {
    expect(takesHires({ status: 'published', headcount: 2, hired: 1 })).toBe(true);
    expect(takesHires({ status: 'published', headcount: 2, hired: 2 })).toBe(false);
    expect(takesHires({ status: 'expired', headcount: 2, hired: 0 })).toBe(true);
    expect(takesHires({ status: 'filled', headcount: 2, hired: 0 })).toBe(false);
    expect(takesHires({ status: 'withdrawn', headcount: 2, hired: 0 })).toBe(false);
    expect(headcountLeft({ headcount: 2, hired: 5 })).toBe(0);
  });
});

describe('contact phone', () => {
  it.each([
    { viewer: { ownsPosting: false, isStationStaff: false, applicationStatuses: [] }, sees: false, note: 'a seeker who has not applied' },
    { viewer: { ownsPosting: false, isStationStaff: false, applicationStatuses: ['applied'] }, sees: true, note: 'a seeker who applied' },
    { viewer: { ownsPosting: false, isStationStaff: false, applicationStatuses: ['contacted'] }, sees: true, note: 'a seeker the employer called' },
    { viewer: { ownsPosting: false, isStationStaff: false, applicationStatuses: ['hired'] }, sees: true, note: 'a hired seeker' },
    { viewer: { ownsPosting: false, isStationStaff: false, applicationStatuses: ['withdrawn'] }, sees: false, note: 'a seeker who withdrew' },
    { viewer: { ownsPosting: false, isStationStaff: false, applicationStatuses: ['declined'] }, sees: false, note: 'a declined seeker' },
    { viewer: { ownsPosting: true, isStationStaff: false, applicationStatuses: [] }, sees: true, note: 'the employer' },
    { viewer: { ownsPosting: false, isStationStaff: true, applicationStatuses: [] }, sees: true, note: 'station staff' },
  ] as const)('shows to $note: $sees', ({ viewer, sees }) => {
    expect(seesContact({ ...viewer, applicationStatuses: [...viewer.applicationStatuses] })).toBe(sees);
  });
});

describe('sorting by pay across units', () => {
  it.each([
    { pay: 2500, unit: 'hour', day: 20000 },
    { pay: 18000, unit: 'day', day: 18000 },
    { pay: 440000, unit: 'month', day: 20000 },
    { pay: 50, unit: 'piece', day: 0 },
  ] as const)('estimates $pay fen per $unit as $day fen a day', ({ pay, unit, day }) => {
    expect(dailyPayEstimate(pay, unit, policy)).toBe(day);
  });
});

describe('a posting’s fields', () => {
  const today = '2026-12-01';
  const valid: PostingFields = {
    title: '小区保洁员',
    description: '',
    category: 'cleaning',
    type: 'gig',
    pay: 15000,
    payUnit: 'day',
    sameDayPay: true,
    place: '伊通镇长青小区',
    lat: 43.3452,
    lng: 125.3068,
    headcount: 2,
    requirements: { minAge: 18, maxAge: 60, skills: [], note: '' },
    workDates: { from: '2026-12-02', to: '2026-12-05' },
    workHours: '07:30-16:30',
    contactName: '王经理',
    contactPhone: '13904340001',
    validThrough: '2026-12-10',
  };

  it('accepts a complete, consistent posting', () => {
    expect(postingFieldErrors(valid, today, policy)).toEqual({});
  });

  it.each([
    { change: { validThrough: '2026-11-30' }, field: 'validThrough', message: '有效期不能早于今天' },
    { change: { validThrough: '2027-03-02' }, field: 'validThrough', message: '有效期最长90天，最晚3月1日（含）' },
    { change: { requirements: { minAge: 15, maxAge: null, skills: [], note: '' } }, field: 'requirements.minAge', message: '招用人员年龄不得低于16周岁' },
    { change: { requirements: { minAge: 50, maxAge: 40, skills: [], note: '' } }, field: 'requirements.maxAge', message: '最大年龄不能小于最小年龄' },
    { change: { workDates: { from: '2026-12-05', to: '2026-12-02' } }, field: 'workDates.to', message: '结束日期不能早于开始日期' },
    { change: { payUnit: 'month', sameDayPay: true }, field: 'sameDayPay', message: '按月计薪的岗位不能标为日结' },
    { change: { lat: 125.3068, lng: 43.3452 }, field: 'lat', message: '工作地点坐标不在服务范围内，请检查经纬度是否填反' },
    { change: { contactPhone: '12345' }, field: 'contactPhone', message: '请填写11位手机号或带区号的固定电话' },
  ] as const)('refuses $field: $message', ({ change, field, message }) => {
    expect(postingFieldErrors({ ...valid, ...change } as PostingFields, today, policy)).toEqual({ [field]: message });
  });

  it('takes a landline with its area code as the contact', () => {
    expect(postingFieldErrors({ ...valid, contactPhone: '0434-4222120' }, today, policy)).toEqual({});
  });

  it('words the requirements in one line', () => {
    expect(requirementsText({ minAge: 18, maxAge: 55, skills: ['会用洗地机', '有健康证'], note: '能吃苦' })).toBe('18\u201355岁 · 会用洗地机、有健康证 · 能吃苦');
    expect(requirementsText({ minAge: null, maxAge: 60, skills: [], note: '' })).toBe('60岁以下');
    expect(requirementsText({ minAge: null, maxAge: null, skills: [], note: '' })).toBe('');
  });
});
