import type { ActionContext } from '../../core/action';
import { memberService } from './member-service';

/** The family-member service for one call, with the call's transaction, clock and keys. */
export const memberServiceFor = (ctx: ActionContext) =>
  memberService({ db: ctx.db, now: ctx.now, maxMembers: ctx.app.config.maxMembersPerAccount, vault: ctx.app.vault, historySources: ctx.app.memberHistory });
