import type { Kysely } from 'kysely';
import type { HeatingPolicy } from '../../../src/domain/heating/heating-policy';
import type { ActionContext, Identity } from '../../core/action';
import { hasRole, scopesFor } from '../../core/action';
import type { Vault } from '../../core/personal-data';
import { lockKey } from '../../db/locks';
import type { Database } from '../../db/schema';
import { statusStore } from '../../db/status-store';
import { memberRepository } from '../account/member-repository';
import { outbox } from '../messages/outbox';
import { complaintReader } from './complaint-reader';
import { complaintService } from './complaint-service';
import { dispatchService } from './dispatch-service';
import { attachFiles } from '../files/attach-files';
import { signedFileUrls } from '../files/file-urls';
import { COMPLAINT_ATTACHMENT, heatingRepository } from './heating-repository';

export interface HeatingCall {
  db: Kysely<Database>;
  vault: Vault;
  now: Date;
  policy: HeatingPolicy;
  identity: Identity | null;
  /** Photos through the files kit (demo seeding has none). */
  photos?: HeatingPhotos;
}

export interface HeatingPhotos {
  urls(fileIds: string[]): Promise<string[]>;
  attach(input: { accountId: string; fileIds: string[]; recordId: string }): Promise<void>;
}

const NO_PHOTOS: HeatingPhotos = {
  urls: async () => [],
  attach: async ({ fileIds }) => {
    if (fileIds.length > 0) throw new Error('photos are not available here');
  },
};

/** 温暖供热's services for one caller: each receives its repositories, bound to the call's transaction. */
export function buildHeatingServices({ db, vault, now, policy, identity, photos = NO_PHOTOS }: HeatingCall) {
  const heating = heatingRepository(db);
  const statuses = statusStore(db);
  const reader = complaintReader({ heating, statuses, vault, now, policy, photoUrls: photos.urls });
  const companyIds = identity ? scopesFor(identity, 'heating_dispatcher') : [];
  const official = identity ? hasRole(identity, 'official') : false;
  const shared = { heating, outbox: outbox(db), statuses, reader, vault, now, policy, companyIds, official };
  return {
    complaints: () => complaintService({ ...shared, members: memberRepository(db), lockKey: (key: string) => lockKey(db, key), photoUrls: photos.urls, attachPhotos: photos.attach }),
    dispatch: () => dispatchService({ ...shared, actorAccountId: identity?.accountId ?? '' }),
  };
}

export const heatingServices = (ctx: ActionContext) =>
  buildHeatingServices({
    db: ctx.db,
    vault: ctx.app.vault,
    now: ctx.now,
    policy: ctx.app.config.heating,
    identity: ctx.identity,
    photos: {
      urls: (fileIds) => signedFileUrls(ctx, fileIds),
      attach: ({ accountId, fileIds, recordId }) => attachFiles(ctx.db, { accountId, fileIds, type: COMPLAINT_ATTACHMENT, recordId }),
    },
  });
