import type { PostingContact } from '../../../src/domain/jobs/contract';
import { isPublic, seesContact } from '../../../src/domain/jobs/posting-rules';
import type { ApplicationStatus } from '../../../src/domain/jobs/application-workflow';
import { AppError } from '../../core/errors';
import type { Vault } from '../../core/personal-data';
import type { PostingRow } from './posting-repository';

/** The caller as the station sees them: their account, the employers they act for, the stations they staff. */
export interface Viewer {
  accountId: string | null;
  employerIds: string[];
  stationIds: string[];
}

/** The station a staff action is for: the one named, or the viewer's only station; refused unless the viewer staffs it. */
export function stationOf(viewer: Viewer, named: string | undefined): string {
  const stationId = named ?? (viewer.stationIds.length === 1 ? viewer.stationIds[0] : undefined);
  if (!stationId || !viewer.stationIds.includes(stationId)) throw new AppError('VALIDATION_FAILED', '请选择驿站', { stationId: '请选择驿站' });
  return stationId;
}

export const ownsPosting = (viewer: Viewer, p: { employer_id: string }) => viewer.employerIds.includes(p.employer_id);
export const staffsPosting = (viewer: Viewer, p: { station_id: string }) => viewer.stationIds.includes(p.station_id);
export const managesPosting = (viewer: Viewer, p: { employer_id: string; station_id: string }) => ownsPosting(viewer, p) || staffsPosting(viewer, p);

/** A posting the caller may open: public ones for anyone; unreviewed ones only for their employer and the station (NOT_FOUND otherwise). */
export function visibleTo(viewer: Viewer, row: PostingRow | undefined): PostingRow {
  if (!row) throw new AppError('NOT_FOUND', '未找到该岗位');
  if (!isPublic({ postedAt: row.posted_at, status: row.status, employerVerified: row.employer_verified === 1 }) && !managesPosting(viewer, row)) {
    throw new AppError('NOT_FOUND', '未找到该岗位');
  }
  return row;
}

/** The contact in full, for those who may call: the employer, station staff, a seeker whose application is live. */
export function contactFor(viewer: Viewer, row: PostingRow, applicationStatuses: ApplicationStatus[], vault: Vault): PostingContact | null {
  const sees = seesContact({ ownsPosting: ownsPosting(viewer, row), isStationStaff: staffsPosting(viewer, row), applicationStatuses });
  return sees ? { name: row.contact_name, phone: vault.decrypt(row.contact_phone_enc) } : null;
}
