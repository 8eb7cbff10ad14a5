import type { ComplaintView } from '../../../src/domain/heating/contract';
import { complaintWorkflow } from '../../../src/domain/heating/complaint-workflow';
import type { HeatingPolicy } from '../../../src/domain/heating/heating-policy';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { DetailedComplaint, HeatingRepository } from './heating-repository';
import { toComplaintView } from './heating-views';

export interface ReaderDeps {
  heating: HeatingRepository;
  statuses: StatusStore;
  vault: Vault;
  now: Date;
  policy: HeatingPolicy;
  /** Signed links to photos, in the order given (the files kit's `signedFileUrls`). */
  photoUrls: (fileIds: string[]) => Promise<string[]>;
}

/** Turns stored complaints into views: timelines, photos and incident figures fetched once per list. */
export function complaintReader({ heating, statuses, vault, now, policy, photoUrls }: ReaderDeps) {
  async function views(rows: DetailedComplaint[], options: { revealPhones?: boolean; staffView?: boolean } = {}): Promise<ComplaintView[]> {
    const ids = rows.map((r) => r.id);
    const [timelines, photos, incidents] = await Promise.all([
      statuses.timelines(complaintWorkflow, ids),
      heating.photosOf(ids),
      heating.incidentFacts([...new Set(rows.map((r) => r.incident_id))]),
    ]);
    // One signing pass for the whole list, then each complaint takes its own links back.
    const allPhotos = rows.flatMap((r) => photos.get(r.id) ?? []);
    const signed = await photoUrls(allPhotos);
    const urls = new Map(allPhotos.map((id, i) => [id, signed[i] ?? '']));
    return rows.map((r) =>
      toComplaintView(
        r,
        {
          timeline: timelines.get(r.id) ?? [],
          photos: photos.get(r.id) ?? [],
          photoUrls: (photos.get(r.id) ?? []).map((id) => urls.get(id) ?? '').filter(Boolean),
          incident: incidents.get(r.incident_id) ?? { households: 1, dispatched: false },
        },
        { now, policy, vault, revealPhones: options.revealPhones, staffView: options.staffView },
      ),
    );
  }

  return {
    views,
    one: async (row: DetailedComplaint, options: { revealPhones?: boolean; staffView?: boolean } = {}) => (await views([row], options))[0],
  };
}

export type ComplaintReader = ReturnType<typeof complaintReader>;
