import type { ActionContext, AuthedContext } from '../../core/action';
import { scopesFor } from '../../core/action';
import { lockKey, lockPerson } from '../../db/locks';
import { statusStore } from '../../db/status-store';
import { memberRepository } from '../account/member-repository';
import { outbox } from '../messages/outbox';
import { bookingService } from './booking-service';
import { clinicRepository } from './clinic-repository';
import { freeClinicRepository } from './free-clinic-repository';
import { freeClinicService } from './free-clinic-service';
import { staffService } from './staff-service';

/** Builds the clinic's services for one call: each receives its repositories, bound to the call's transaction. */
export function clinicServices(ctx: ActionContext) {
  const { db, now } = ctx;
  const policy = ctx.app.config.clinic;
  const clinic = clinicRepository(db);
  const shared = { clinic, outbox: outbox(db), statuses: statusStore(db), lockPerson: (key: string) => lockPerson(db, key), now, policy };
  const placeOf = (departmentId: string) => ctx.app.reference.get(`clinic:place:${departmentId}`, () => clinic.placeOf(departmentId));
  return {
    booking: () => bookingService({ ...shared, placeOf, members: memberRepository(db) }),
    freeClinics: () => freeClinicService({ ...shared, freeClinics: freeClinicRepository(db), members: memberRepository(db) }),
    staff: () =>
      staffService({
        ...shared,
        lockKey: (key: string) => lockKey(db, key),
        vault: ctx.app.vault,
        hospitalIds: scopesFor((ctx as AuthedContext).identity, 'hospital_admin'),
        actorAccountId: (ctx as AuthedContext).identity.accountId,
      }),
  };
}
