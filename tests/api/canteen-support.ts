import { checkDigitFor, type ApiHost, type ApiResult } from '../support/api-host';

/** The answer's data, or a failure that shows what came back. */
export function ok<T = any>(r: ApiResult): T {
  if (!r.body.ok) throw new Error(`expected ok, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data as T;
}

export const codeOf = (r: ApiResult) => (r.body.ok ? 'OK' : r.body.error.code);

let sequence = 0;

/** A valid, made-up ID number of someone born on `birthDate` (region 220323), distinct per call. */
export function idNumberBornOn(birthDate: string): string {
  sequence += 1;
  const first17 = `220323${birthDate.replace(/-/g, '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + checkDigitFor(first17);
}

/** 代玉贤's ID number in the resident-1 persona (born 1932-05-08). */
export const MOTHER_ID_NUMBER = (() => {
  const first17 = '22032319320508102';
  return first17 + checkDigitFor(first17);
})();

/** A fresh account with one member (本人) of the given ID number; answers its token and member id. */
export async function newDiner(host: ApiHost, openid: string, idNumber: string, relation = 'self') {
  const token = await host.loginFresh(openid);
  const member = ok(await host.call('account', 'addMember', { name: '测试就餐人', idNumber, phone: '13800000000', relation, consent: true }, { token }));
  return { token, memberId: member.id as string };
}

export async function familyOf(host: ApiHost, token: string) {
  const members = ok<{ members: Array<{ id: string; relation: string }> }>(await host.call('account', 'members', {}, { token })).members;
  const of = (relation: string) => members.find((m) => m.relation === relation)!.id;
  return { self: of('self'), mother: members.some((m) => m.relation === 'mother') ? of('mother') : '' };
}
