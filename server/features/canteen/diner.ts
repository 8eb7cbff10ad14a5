import type { Diner } from '../../../src/domain/canteen/pricing';
import type { CanteenGroupClaimTable, MemberTable } from '../../db/schema';

/** A member as the pricing sees them: the verified birth date and the person's claims. */
export const dinerOf = (member: Pick<MemberTable, 'birth_date'>, claims: CanteenGroupClaimTable[]): Diner => ({
  birthDate: member.birth_date,
  claims: claims.map((c) => ({ group: c.group_code, status: c.status, expiresOn: c.expires_on })),
});
