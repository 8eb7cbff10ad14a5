import { addDays, businessDate } from '../../../src/domain/business-date';
import type { CanteenPolicy } from '../../../src/domain/canteen/canteen-policy';
import { claimWorkflow, LIVE_CLAIM_STATUSES } from '../../../src/domain/canteen/claim-workflow';
import type { GroupClaim, MyClaimsAnswer, PendingClaim, PendingClaimsAnswer } from '../../../src/domain/canteen/contract';
import { DISCOUNT_GROUP_CODES, DISCOUNT_GROUPS, type DiscountGroup } from '../../../src/domain/canteen/discount-groups';
import { discountWord } from '../../../src/domain/canteen/policy-sentences';
import { inclusiveEnd, monthDay } from '../../../src/domain/date-wording';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { CanteenGroupClaimTable } from '../../db/schema';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import type { CanteenRepository } from './canteen-repository';
import { effectiveClaimStatus, toGroupClaim, toPendingClaim } from './canteen-views';
import type { ClaimRepository } from './claim-repository';

export interface ClaimDeps {
  claims: ClaimRepository;
  canteens: CanteenRepository;
  members: MemberRepository;
  outbox: Outbox;
  statuses: StatusStore;
  lockPerson: (personKey: string) => Promise<void>;
  now: Date;
  policy: CanteenPolicy;
}

const CLAIMS_PAGE = '/packages/canteen/pages/groups/index';
const SYSTEM = { accountId: null, role: 'system' };

/**
 * Discount groups: a family member claims one, canteen staff verify it after seeing the
 * document (never stored), and it lapses on its expiry date. Claims belong to the person:
 * a veteran verified through one account is verified for every account that adds him.
 */
export function claimService({ claims, canteens, members, outbox, statuses, lockPerson, now, policy }: ClaimDeps) {
  const today = businessDate(now);
  const at = now.toISOString();

  /** Marks a verification that ended before today expired, and tells the family; false if someone else did. */
  async function expire(claim: CanteenGroupClaimTable & { member_name: string }): Promise<boolean> {
    if (!(await statuses.move(claimWorkflow, { table: 'canteen_group_claims', id: claim.id, from: 'verified', to: 'expired', actor: SYSTEM, at }))) return false;
    const { label } = DISCOUNT_GROUPS[claim.group_code];
    await outbox.enqueue({
      accountId: claim.account_id,
      kind: 'canteen_claim_expired',
      title: '用餐优惠已到期',
      body: `${claim.member_name}的${label}用餐优惠已于${monthDay(claim.expires_on ?? today)}到期；如仍符合条件，请重新申请并到食堂核验。`,
      page: CLAIMS_PAGE,
      now,
    });
    return true;
  }

  return {
    async claim(accountId: string, input: { memberId: string; group: DiscountGroup; canteenId?: string }): Promise<GroupClaim> {
      const member = await members.findActiveLockingPerson(accountId, input.memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该就餐人');
      if (input.canteenId && !(await canteens.canteen(input.canteenId))) throw new AppError('NOT_FOUND', '未找到该食堂');
      const live = await claims.livePersonClaim(member.person_key, input.group);
      if (live && effectiveClaimStatus(live, today) !== 'expired') return toGroupClaim(live, member.id, today, policy);
      if (live) await expire({ ...live, member_name: member.name });
      const row: CanteenGroupClaimTable = {
        id: newId('clm'),
        person_key: member.person_key,
        account_id: accountId,
        member_id: member.id,
        group_code: input.group,
        status: 'pending',
        canteen_id: input.canteenId ?? null,
        expires_on: null,
        reason: null,
        reviewed_by: null,
        reviewed_at: null,
        created_at: at,
        updated_at: at,
      };
      if (!(await claims.insert(row))) throw new AppError('CONFLICT', '该优惠身份刚刚已提交，请刷新');
      await statuses.record(claimWorkflow, { id: row.id, from: null, to: 'pending', actor: { accountId, role: 'resident' }, at });
      return toGroupClaim(row, member.id, today, policy);
    },

    /** Each family member's claim per group (claims of the person, whoever filed them). */
    async mine(accountId: string): Promise<MyClaimsAnswer> {
      const family = await members.listActive(accountId);
      const all = await claims.ofPersons([...new Set(family.map((m) => m.person_key))]);
      const list = family.flatMap((member) =>
        DISCOUNT_GROUP_CODES.flatMap((group) => {
          const ofGroup = all.filter((c) => c.person_key === member.person_key && c.group_code === group);
          // The live claim if there is one, else the latest (rejected or expired) one.
          const shown = ofGroup.find((c) => LIVE_CLAIM_STATUSES.includes(c.status)) ?? ofGroup[0];
          return shown ? [{ ...toGroupClaim(shown, member.id, today, policy), memberName: member.name }] : [];
        }),
      );
      return { claims: list };
    },

    /** Claims waiting at the counter of these canteens, or at any canteen, with the expiries staff may give. */
    async pending(canteenIds: string[], vault: Vault): Promise<PendingClaimsAnswer> {
      return {
        claims: (await claims.pendingFor(canteenIds)).map((c) => toPendingClaim(c, today, vault)),
        defaultExpiresOn: addDays(today, policy.claimValidDays),
        latestExpiresOn: addDays(today, policy.claimMaxValidDays),
        today,
      };
    },

    async verify(
      staff: { accountId: string; canteenIds: string[]; vault: Vault },
      input: { claimId: string; approve: boolean; expiresOn?: string; reason?: string },
    ): Promise<PendingClaim> {
      const claim = await claims.claim(input.claimId);
      if (!claim || (claim.canteen_id !== null && !staff.canteenIds.includes(claim.canteen_id))) throw new AppError('NOT_FOUND', '未找到该申请');
      await lockPerson(claim.person_key);
      const to = input.approve ? 'verified' : 'rejected';
      claimWorkflow.assertTransition(claim.status, to, `该申请${claimWorkflow.label(claim.status)}，不能再次审核`);
      let expiresOn: string | null = null;
      if (input.approve) {
        expiresOn = input.expiresOn ?? addDays(today, policy.claimValidDays);
        const latest = addDays(today, policy.claimMaxValidDays);
        if (expiresOn < today || expiresOn > latest) {
          throw new AppError('VALIDATION_FAILED', `有效期须在今天至${inclusiveEnd(latest)}之间`, { expiresOn: `有效期须在今天至${monthDay(latest)}之间` });
        }
      } else if (!input.reason) {
        throw new AppError('VALIDATION_FAILED', '请写明未通过的原因', { reason: '请写明未通过的原因' });
      }
      const changes = { expires_on: expiresOn, reason: input.approve ? null : input.reason ?? null, reviewed_by: staff.accountId, reviewed_at: at, canteen_id: claim.canteen_id ?? staff.canteenIds[0] };
      const actor = { accountId: staff.accountId, role: 'canteen_manager' };
      if (!(await statuses.move(claimWorkflow, { table: 'canteen_group_claims', id: claim.id, from: 'pending', to, actor, at, note: changes.reason, changes }))) {
        throw new AppError('CONFLICT', '该申请已被其他工作人员处理，请刷新');
      }
      const member = await claims.memberOfClaim(claim);
      const { label, rule } = DISCOUNT_GROUPS[claim.group_code];
      await outbox.enqueue({
        accountId: claim.account_id,
        kind: input.approve ? 'canteen_claim_verified' : 'canteen_claim_rejected',
        title: input.approve ? '用餐优惠已核验' : '用餐优惠未通过核验',
        body: input.approve
          ? `${member.name}的${label}身份已核验，至${inclusiveEnd(expiresOn!)}在助老餐厅用餐${discountWord(policy.rates[rule])}（优惠不叠加，按最低价收费）。`
          : `${member.name}的${label}身份未通过核验，原因：${input.reason}。`,
        page: CLAIMS_PAGE,
        now,
      });
      return toPendingClaim({ ...claim, ...changes, status: to, updated_at: at, member_name: member.name, id_number_enc: member.id_number_enc, birth_date: member.birth_date, sex: member.sex }, today, staff.vault);
    },

    /** The scheduled job: every verification that ended before today becomes expired. */
    async expireEnded(): Promise<number> {
      let changed = 0;
      for (const claim of await claims.verifiedEndingBefore(today)) {
        await lockPerson(claim.person_key);
        if (await expire(claim)) changed += 1;
      }
      return changed;
    },
  };
}
