import type { Kysely } from 'kysely';
import type { Member } from '../../../src/domain/account/contract';
import { businessDate } from '../../../src/domain/business-date';
import { validateMember, type MemberInput, type NormalizedMember } from '../../../src/domain/member';
import { AppError, defineErrorCodes } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { MemberHistorySource } from '../../core/service-module';
import type { Database } from '../../db/schema';
import { enqueueMessage } from '../messages/outbox';
import { accountRepository } from './account-repository';
import { memberRepository } from './member-repository';
import { toMemberView } from './member-view';

export const memberError = defineErrorCodes({
  ID_NUMBER_LOCKED: { status: 409, message: '该成员已有就诊等记录，身份证号不能修改；如需更换，请删除该成员后重新添加' },
});

interface MemberServiceDeps {
  db: Kysely<Database>;
  now: Date;
  maxMembers: number;
  vault: Vault;
  /** Tables (from every service module) whose rows fix a member's ID number. */
  historySources: MemberHistorySource[];
}

/**
 * Family members (家庭成员): self and relatives an account books and orders for.
 * Every method is scoped to the calling account. ID and phone numbers are stored
 * encrypted; the person key (keyed hash of the ID number) is what rules count.
 */
export function memberService({ db, now, maxMembers, vault, historySources }: MemberServiceDeps) {
  const members = memberRepository(db);
  const accounts = accountRepository(db);
  const today = businessDate(now);
  const at = now.toISOString();

  const sealed = (m: NormalizedMember) => ({
    name: m.name,
    relation: m.relation,
    id_number_enc: vault.encrypt(m.idNumber),
    phone_enc: vault.encrypt(m.phone),
    person_key: vault.personKey(m.idNumber),
    birth_date: m.birthDate,
    sex: m.sex,
  });

  async function assertUnique(accountId: string, candidate: { personKey: string; relation: string }, exceptId?: string) {
    const others = (await members.listActive(accountId)).filter((m) => m.id !== exceptId);
    if (others.some((m) => m.person_key === candidate.personKey)) {
      throw new AppError('CONFLICT', '该身份证号已在家庭成员中', { idNumber: '该身份证号已在家庭成员中' });
    }
    if (candidate.relation === 'self' && others.some((m) => m.relation === 'self')) {
      throw new AppError('CONFLICT', '已添加过“本人”，请选择其他关系', { relation: '已添加过“本人”' });
    }
  }

  const reveal = (enc: string | null) => (enc ? vault.decrypt(enc) : '');

  return {
    async list(accountId: string): Promise<Member[]> {
      // 本人 first, then in the order they were added.
      const rows = await members.listActive(accountId);
      const locked = await members.withHistory(rows.map((m) => m.id), historySources);
      const ordered = [...rows.filter((m) => m.relation === 'self'), ...rows.filter((m) => m.relation !== 'self')];
      return ordered.map((m) => toMemberView(m, today, vault, locked.has(m.id)));
    },

    async add(accountId: string, input: MemberInput & { consent?: boolean }): Promise<Member> {
      const checked = validateMember(input, today);
      if (!checked.ok) throw new AppError('VALIDATION_FAILED', '家庭成员信息有误，请检查', checked.fields);
      await members.lockAccount(accountId);
      const account = await accounts.findById(accountId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      // PIPL: separate consent before ID data is first stored.
      if (!account.consent_at && input.consent !== true) {
        throw new AppError('CONSENT_REQUIRED', '请先阅读并同意个人信息使用说明', { consent: '请勾选同意后再提交' });
      }
      if ((await members.countActive(accountId)) >= maxMembers) {
        throw new AppError('MEMBER_LIMIT', `每个账号最多添加${maxMembers}位家庭成员（含本人）`);
      }
      const row = { id: newId('mem'), account_id: accountId, ...sealed(checked.member), created_at: at, updated_at: at, removed_at: null };
      await assertUnique(accountId, { personKey: row.person_key, relation: row.relation });
      if (input.consent === true) await accounts.recordConsent(accountId, now);
      await members.insert(row);
      const view = toMemberView(row, today, vault, false);
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

    async update(accountId: string, memberId: string, changes: Partial<MemberInput>): Promise<Member> {
      await members.lockAccount(accountId);
      // The row first, then the history: a record being made for this member either
      // committed before (and is seen below) or waits for this correction to commit.
      const current = await members.findActiveToCorrect(accountId, memberId);
      if (!current) throw new AppError('NOT_FOUND', '未找到该家庭成员');
      const merged: MemberInput = {
        name: changes.name ?? current.name,
        idNumber: changes.idNumber ?? reveal(current.id_number_enc),
        phone: changes.phone ?? reveal(current.phone_enc),
        relation: changes.relation ?? current.relation,
      };
      const checked = validateMember(merged, today);
      if (!checked.ok) throw new AppError('VALIDATION_FAILED', '家庭成员信息有误，请检查', checked.fields);
      const next = sealed(checked.member);
      const locked = (await members.withHistory([memberId], historySources)).has(memberId);
      // Rules count the person: a member with history cannot become someone else.
      if (locked && next.person_key !== current.person_key) {
        throw memberError('ID_NUMBER_LOCKED', undefined, { idNumber: '已有就诊等记录，身份证号不能修改' });
      }
      await assertUnique(accountId, { personKey: next.person_key, relation: next.relation }, memberId);
      await members.update(accountId, memberId, { ...next, updated_at: at });
      return toMemberView({ ...current, ...next, updated_at: at }, today, vault, locked);
    },

    /**
     * Removal erases the ID and phone numbers; the name stays on records already made and
     * the person key stays for the rules that need history (no-shows, duplicates).
     */
    async remove(accountId: string, memberId: string): Promise<{ memberId: string; removed: true }> {
      const current = await members.findActive(accountId, memberId);
      if (!current) throw new AppError('NOT_FOUND', '未找到该家庭成员');
      await members.update(accountId, memberId, { id_number_enc: null, phone_enc: null, removed_at: at, updated_at: at });
      return { memberId, removed: true };
    },
  };
}
