import type { SeekerRegistration } from '../../../src/domain/jobs/contract';
import type { PostingCategory } from '../../../src/domain/jobs/vocabulary';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { MemberRepository } from '../account/member-repository';
import { toRegistration } from './jobs-views';
import type { SeekerRepository } from './seeker-repository';

export interface RegistrationInput {
  memberId: string;
  skills: string[];
  categories: PostingCategory[];
  availability: string;
  area: string;
}

/** 求职登记: what a member can do, wants, when and where; one per member, replaced on each save. */
export function seekerService({ seekers, members, now }: { seekers: SeekerRepository; members: MemberRepository; now: Date }) {
  const at = now.toISOString();
  return {
    async register(accountId: string, input: RegistrationInput): Promise<SeekerRegistration> {
      const member = await members.findActive(accountId, input.memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该求职人');
      const skills = [...new Set(input.skills)];
      const categories = [...new Set(input.categories)];
      await seekers.upsert({ id: newId('sk'), account_id: accountId, member_id: member.id, skills: JSON.stringify(skills), categories: categories.join(','), availability: input.availability, area: input.area, created_at: at, updated_at: at });
      const saved = (await seekers.ofAccount(accountId)).find((r) => r.member_id === member.id)!;
      return toRegistration(saved);
    },

    profile: async (accountId: string): Promise<SeekerRegistration[]> => (await seekers.ofAccount(accountId)).map(toRegistration),
  };
}
