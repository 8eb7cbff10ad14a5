import { checkDigitFor } from '../../src/domain/resident-id';
import type { ApiHost, ApiResult } from './api-host';

/** The answer's data, or a thrown error naming the refusal. */
export function ok<T = any>(result: ApiResult): T {
  if (!result.body.ok) throw new Error(`expected ok, got ${JSON.stringify(result.body)}`);
  return result.body.data as T;
}

export const codeOf = (result: ApiResult) => (result.body.ok ? 'OK' : result.body.error.code);

let counter = 0;

/** A valid, made-up ID number, different on every call (region 220323, born in 1950s–1980s). */
export function freshIdNumber(birthYear = 1950 + (counter % 40)): string {
  counter += 1;
  const month = String((counter % 12) + 1).padStart(2, '0');
  const day = String((counter % 28) + 1).padStart(2, '0');
  const first17 = `220323${birthYear}${month}${day}${String(counter % 1000).padStart(3, '0')}`;
  return first17 + checkDigitFor(first17);
}

/** A fresh resident account with one member (本人), optionally for a given ID number. */
export async function newResident(host: ApiHost, openid: string, options: { idNumber?: string; name?: string; relation?: string } = {}) {
  const token = await host.loginFresh(openid);
  const idNumber = options.idNumber ?? freshIdNumber();
  const member = ok(await host.call('account', 'addMember', { name: options.name ?? '测试居民', idNumber, phone: '13800000000', relation: options.relation ?? 'self', consent: true }, { token }));
  return { token, memberId: member.id as string, idNumber };
}
