import { accountRepository } from '../../server/features/account/account-repository';
import { checkDigitFor, type ApiHost, type ApiResult } from './api-host';

/** What a test reads from an answer it expects to succeed. */
export const ok = <T = any>(r: ApiResult): T => {
  if (!r.body.ok) throw new Error(`expected ok, got ${JSON.stringify(r.body)}`);
  return r.body.data as T;
};

export const codeOf = (r: ApiResult) => (r.body.ok ? 'OK' : r.body.error.code);

/**
 * People and postings for the gig station's suites, made over HTTP like a real client
 * (roles are granted the way an operator grants them: `npm run admin`'s repository call).
 */
export function jobsFixtures(host: ApiHost, tag: string) {
  let counter = 0;

  /** A made-up ID number that passes the check digit, different on every call. */
  const idNumber = () => {
    counter += 1;
    const first17 = `2203231970${String(101 + (counter % 12)).slice(1)}${String(10 + (counter % 18)).padStart(2, '0')}${String(counter).padStart(3, '0')}`;
    return first17 + checkDigitFor(first17);
  };

  const jobs = (action: string, data: unknown, token?: string, requestId?: string) => host.call('jobs', action, data, { token, requestId });

  /** A fresh account with one member (本人), or with a given ID number (the same person in a second account). */
  async function seeker(name: string, id = idNumber(), phone = '13800001234') {
    counter += 1;
    const token = await host.loginFresh(`jobs-${tag}-seeker-${counter}-${Math.random().toString(36).slice(2, 8)}`);
    const member = ok(await host.call('account', 'addMember', { name, idNumber: id, phone, relation: 'self', consent: true }, { token }));
    return { token, memberId: member.id as string, idNumber: id };
  }

  /** An account granted the employer role for one employer organisation. */
  async function employerAccount(name: string, employerId: string) {
    const openid = `jobs-${tag}-employer-${name}`;
    const token = await host.loginFresh(openid);
    const accounts = accountRepository(host.app.db);
    // Dev login keeps a made-up openid under the dev: prefix.
    const account = await accounts.findByOpenid(`dev:${openid}`);
    await accounts.grantRole(account!.id, 'employer', employerId, host.clock.now());
    return token;
  }

  const postingFields = (overrides: Record<string, unknown> = {}) => ({
    title: '测试岗位',
    description: '测试用岗位描述',
    category: 'cleaning',
    type: 'gig',
    pay: 16000,
    payUnit: 'day',
    sameDayPay: true,
    place: '伊通镇长青小区',
    lat: 43.3466,
    lng: 125.3031,
    headcount: 2,
    requirements: { minAge: 18, maxAge: 60, skills: ['吃苦耐劳'], note: '身体健康' },
    workDates: { from: '2026-11-30', to: '2026-12-05' },
    workHours: '07:30-16:30',
    contactName: '王经理',
    contactPhone: '13904349876',
    validThrough: '2026-12-20',
    ...overrides,
  });

  /** A posting created by `employer` and approved by `staff`: published, listed. */
  async function published(employer: string, staff: string, overrides: Record<string, unknown> = {}) {
    const created = ok(await jobs('createPosting', postingFields(overrides), employer));
    ok(await jobs('review', { postingId: created.id, approve: true }, staff));
    return created.id as string;
  }

  return { jobs, seeker, employerAccount, postingFields, published, idNumber };
}
