import type { Kysely } from 'kysely';
import { businessDate } from '../../../src/domain/business-date';
import { validateMember, type MemberInput, type NormalizedMember } from '../../../src/domain/member';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Database } from '../../db/schema';
import { enqueueMessage } from '../messages/outbox';
import { accountRepository } from './account-repository';
import { memberRepository } from './member-repository';
import { toMemberView, type MemberView } from './member-view';

const memberColumns = (m: NormalizedMember) => ({
  name: m.name,
  relation: m.relation,
  id_number: m.idNumber,
  phone: m.phone,
  birth_date: m.birthDate,
  sex: m.sex,
});

interface MemberServiceDeps {
  db: Kysely<Database>;
  now: Date;
  maxMembers: number;
}

/**
 * Family members (家庭成员): self and relatives an account books and orders for.
 * Every method is scoped to the calling account.
 */
export function memberService({ db, now, maxMembers }: MemberServiceDeps) {
  const members = memberRepository(db);
  const accounts = accountRepository(db);
  const today = businessDate(now);

  /**
   * Takes the account's row lock so that concurrent adds cannot both pass the
   * member-limit and duplicate checks (PostgreSQL; SQLite runs one writer at a time).
   */
  const lockAccount = (accountId: string) =>
    db.updateTable('accounts').set((eb) => ({ display_name: eb.ref('display_name') })).where('id', '=', accountId).execute();

  async function assertUnique(accountId: string, candidate: { idNumber: string; relation: string }, exceptId?: string) {
    const others = (await members.listActive(accountId)).filter((m) => m.id !== exceptId);
    if (others.some((m) => m.id_number === candidate.idNumber)) {
      throw new AppError('CONFLICT', '该身份证号已在家庭成员中', { idNumber: '该身份证号已在家庭成员中' });
    }
    if (candidate.relation === 'self' && others.some((m) => m.relation === 'self')) {
      throw new AppError('CONFLICT', '已添加过“本人”，请选择其他关系', { relation: '已添加过“本人”' });
    }
  }

  return {
    async list(accountId: string): Promise<MemberView[]> {
      // 本人 first, then in the order they were added.
      const rows = await members.listActive(accountId);
      const ordered = [...rows.filter((m) => m.relation === 'self'), ...rows.filter((m) => m.relation !== 'self')];
      return ordered.map((m) => toMemberView(m, today));
    },

    async add(accountId: string, input: MemberInput & { consent?: boolean }): Promise<MemberView> {
      const checked = validateMember(input, today);
      if (!checked.ok) throw new AppError('VALIDATION_FAILED', '家庭成员信息有误，请检查', checked.fields);
      await lockAccount(accountId);
      const account = await accounts.findById(accountId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      // PIPL: separate consent before ID data is first stored.
      if (!account.consent_at && input.consent !== true) {
        throw new AppError('CONSENT_REQUIRED', '请先阅读并同意个人信息使用说明', { consent: '请勾选同意后再提交' });
      }
      if ((await members.countActive(accountId)) >= maxMembers) {
        throw new AppError('MEMBER_LIMIT', `每个账号最多添加${maxMembers}位家庭成员（含本人）`);
      }
      await assertUnique(accountId, checked.member);
      if (input.consent === true) await accounts.recordConsent(accountId, now);
      const at = now.toISOString();
      const row = {
        id: newId('mem'),
        account_id: accountId,
        ...memberColumns(checked.member),
        created_at: at,
        updated_at: at,
        removed_at: null,
      };
      await members.insert(row);
      const view = toMemberView(row, today);
      await enqueueMessage(db, {
        accountId,
        kind: 'member_added',
        title: '家庭成员已添加',
        body: `已添加${view.name}（${view.relationLabel}）为家庭成员，可为其挂号、报餐。`,
        page: '/pages/mine/index',
        now,
      });
      return view;
    },

    async update(accountId: string, memberId: string, changes: Partial<MemberInput>): Promise<MemberView> {
      await lockAccount(accountId);
      const current = await members.findActive(accountId, memberId);
      if (!current) throw new AppError('NOT_FOUND', '未找到该家庭成员');
      const merged: MemberInput = {
        name: changes.name ?? current.name,
        idNumber: changes.idNumber ?? current.id_number,
        phone: changes.phone ?? current.phone,
        relation: changes.relation ?? current.relation,
      };
      const checked = validateMember(merged, today);
      if (!checked.ok) throw new AppError('VALIDATION_FAILED', '家庭成员信息有误，请检查', checked.fields);
      await assertUnique(accountId, checked.member, memberId);
      const updated = {
        ...memberColumns(checked.member),
        updated_at: now.toISOString(),
      };
      await members.update(accountId, memberId, updated);
      return toMemberView({ ...current, ...updated }, today);
    },

    /** Removal is soft: bookings and orders already made keep their member. */
    async remove(accountId: string, memberId: string): Promise<{ memberId: string; removed: true }> {
      const current = await members.findActive(accountId, memberId);
      if (!current) throw new AppError('NOT_FOUND', '未找到该家庭成员');
      const at = now.toISOString();
      await members.update(accountId, memberId, { removed_at: at, updated_at: at });
      return { memberId, removed: true };
    },
  };
}
