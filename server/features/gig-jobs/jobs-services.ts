import type { ActionContext } from '../../core/action';
import { hasRole, scopesFor } from '../../core/action';
import { lockKey, lockPerson } from '../../db/locks';
import { statusStore } from '../../db/status-store';
import { memberRepository } from '../account/member-repository';
import { outbox } from '../messages/outbox';
import { applicationRepository } from './application-repository';
import { applicationService } from './application-service';
import { employerRepository } from './employer-repository';
import { employerService } from './employer-service';
import { eventRepository } from './event-repository';
import { eventService } from './event-service';
import { importService } from './import-service';
import type { Viewer } from './posting-access';
import { postingRepository } from './posting-repository';
import { postingSearch } from './posting-search';
import { postingService } from './posting-service';
import { searchService } from './search-service';
import { seekerRepository } from './seeker-repository';
import { seekerService } from './seeker-service';
import { stationRepository } from './station-repository';
import { stationService } from './station-service';
import { statsRepository } from './stats-repository';
import { statsService } from './stats-service';

/** Builds the gig station's services for one call: each receives its repositories, bound to the call's transaction. */
export function jobsServices(ctx: ActionContext) {
  const { db, now, identity } = ctx;
  const policy = ctx.app.config.jobs;
  const vault = ctx.app.vault;
  const viewer: Viewer = {
    accountId: identity?.accountId ?? null,
    employerIds: identity ? scopesFor(identity, 'employer') : [],
    stationIds: identity ? scopesFor(identity, 'station_staff') : [],
  };
  const repos = () => ({
    postings: postingRepository(db),
    applications: applicationRepository(db),
    employers: employerRepository(db),
    statuses: statusStore(db),
    outbox: outbox(db),
  });
  const locks = { lockKey: (key: string) => lockKey(db, key), lockPerson: (key: string) => lockPerson(db, key) };
  return {
    search: () => searchService({ search: postingSearch(db), now, policy }),
    postings: () => postingService({ ...repos(), lockKey: locks.lockKey, vault, now, policy, viewer }),
    applications: () => applicationService({ ...repos(), ...locks, seekers: seekerRepository(db), members: memberRepository(db), vault, now, viewer }),
    seekers: () => seekerService({ seekers: seekerRepository(db), members: memberRepository(db), now }),
    events: () => eventService({ events: eventRepository(db), members: memberRepository(db), outbox: outbox(db), lockPerson: locks.lockPerson, now, viewer }),
    imports: () => importService({ ...repos(), vault, now, policy, viewer }),
    employers: () => employerService({ employers: employerRepository(db), postings: postingRepository(db), vault, now, viewer }),
    // Officials see the county; station staff their own stations.
    stats: () => statsService({ stats: statsRepository(db), stationIds: identity && hasRole(identity, 'official') ? null : viewer.stationIds }),
    station: () => stationService({ stations: stationRepository(db), policy }),
  };
}
