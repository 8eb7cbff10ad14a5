import type { ActionContext, AuthedContext } from '../../core/action';
import { scopesFor } from '../../core/action';
import { lockKey, lockPerson } from '../../db/locks';
import { statusStore } from '../../db/status-store';
import { memberRepository } from '../account/member-repository';
import { outbox } from '../messages/outbox';
import { canteenRepository } from './canteen-repository';
import { claimRepository } from './claim-repository';
import { claimService } from './claim-service';
import { directoryService } from './directory-service';
import { figuresService } from './figures-service';
import { menuService } from './menu-service';
import { orderRepository } from './order-repository';
import { orderService } from './order-service';

/** Builds the canteen's services for one call: each receives its repositories, bound to the call's transaction. */
export function canteenServices(ctx: Pick<ActionContext, 'db' | 'now' | 'app' | 'identity'>) {
  const { db, now } = ctx;
  const policy = ctx.app.config.canteen;
  const canteens = canteenRepository(db);
  const orders = orderRepository(db);
  const claims = claimRepository(db);
  const shared = { canteens, orders, claims, members: memberRepository(db), outbox: outbox(db), statuses: statusStore(db), lockPerson: (key: string) => lockPerson(db, key), now, policy };
  return {
    directory: () => directoryService({ canteens, policy, now }),
    menus: () => menuService({ canteens, members: shared.members, claims, orders, lockKey: (key: string) => lockKey(db, key), now, policy, actorAccountId: ctx.identity?.accountId ?? null }),
    orders: () => orderService(shared),
    claims: () => claimService(shared),
    figures: () => figuresService({ canteens, orders }),
    /** The canteens the caller manages (checked by the action's roles too). */
    managedCanteens: () => scopesFor((ctx as AuthedContext).identity, 'canteen_manager'),
  };
}
