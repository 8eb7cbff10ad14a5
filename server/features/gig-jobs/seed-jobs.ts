import { addDays, businessDate, shanghaiInstant } from '../../../src/domain/business-date';
import { applicationWorkflow } from '../../../src/domain/jobs/application-workflow';
import { DEFAULT_JOBS_POLICY } from '../../../src/domain/jobs/jobs-policy';
import { postingWorkflow } from '../../../src/domain/jobs/posting-workflow';
import type { SeedContext } from '../../core/service-module';
import { recordStatusEvent } from '../../db/status-store';
import { personaOpenid } from '../account/personas';
import { DEMO_EMPLOYERS, DEMO_EVENTS, demoPostings } from './demo-jobs';
import { postingRow } from './posting-record';
import { STATION_FACTS } from './station-facts';

const STATION = 'gs-yitong';

/** Reference data: the station's hours, phone and map point (its name and services come with the county's places). */
export async function seedJobsReference({ db }: SeedContext): Promise<void> {
  for (const [id, facts] of Object.entries(STATION_FACTS)) {
    await db.updateTable('gig_stations').set({ hours: facts.hours, phone: facts.phone, latitude: facts.latitude, longitude: facts.longitude }).where('id', '=', id).execute();
  }
}

const instant = (date: string, time: string) => shanghaiInstant(date, time).toISOString();

/**
 * Demo data: employers (one of them the `employer` persona's), about 60 postings around
 * 伊通镇 and the townships, classes and fairs, and one application so the employer's
 * applicant list is not empty. Idempotent: fixed ids, existing rows left alone.
 */
export async function seedJobsDemo({ db, clock, vault }: SeedContext): Promise<void> {
  const now = clock.now();
  const at = now.toISOString();
  const today = businessDate(now);
  for (const e of DEMO_EMPLOYERS) {
    await db
      .insertInto('employers')
      .values({
        id: e.id,
        station_id: STATION,
        name: e.name,
        credit_code: e.creditCode,
        verified: e.verified ? 1 : 0,
        verified_at: e.verified ? at : null,
        contact_name: e.contactName,
        contact_phone_enc: vault.encrypt(e.phone),
        address: e.address,
        source: 'station',
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  const employerAccount = await db.selectFrom('accounts').select('id').where('openid', '=', personaOpenid('employer')).executeTakeFirst();
  const existing = new Set((await db.selectFrom('job_postings').select('id').where('id', 'like', 'job-demo-%').execute()).map((r) => r.id));
  // Oldest first: publication numbers (the newest-first order) follow the demo's publication times.
  for (const p of demoPostings().sort((a, b) => b.postedHoursAgo - a.postedHoursAgo)) {
    if (existing.has(p.id)) continue;
    const employer = DEMO_EMPLOYERS.find((e) => e.id === p.employerId)!;
    const postedAt = p.status === 'pending_review' || p.status === 'rejected' ? null : new Date(now.getTime() - p.postedHoursAgo * 3600_000).toISOString();
    const { validDays, ...fields } = p.fields;
    const row = postingRow(
      { ...fields, contactName: employer.contactName, contactPhone: employer.phone, validThrough: addDays(today, validDays) },
      {
        id: p.id,
        employer: { id: employer.id, name: employer.name, stationId: STATION },
        status: p.status,
        source: 'employer',
        createdBy: employer.id === 'emp-anxin' ? employerAccount?.id ?? null : null,
        at: postedAt ?? at,
        postedAt,
        seal: vault.encrypt,
        policy: DEFAULT_JOBS_POLICY,
      },
    );
    await db.insertInto('job_postings').values({ ...row, rejection_reason: p.rejectionReason ?? null, hired: p.status === 'filled' ? row.headcount : 0 }).execute();
    const actor = { accountId: null, role: 'station_staff' };
    await recordStatusEvent(db, postingWorkflow.name, { id: row.id, from: null, to: p.status === 'filled' ? 'published' : p.status, actor, at: row.created_at, note: p.rejectionReason ?? null });
    if (p.status === 'filled') await recordStatusEvent(db, postingWorkflow.name, { id: row.id, from: 'published', to: 'filled', actor: { accountId: null, role: 'employer' }, at });
  }

  for (const e of DEMO_EVENTS) {
    await db
      .insertInto('job_events')
      .values({
        id: e.id,
        station_id: STATION,
        kind: e.kind,
        title: e.title,
        description: e.description,
        starts_at: instant(addDays(today, e.dayOffset), e.start),
        ends_at: instant(addDays(today, e.endDayOffset), e.end),
        place: e.place,
        lat: null,
        lng: null,
        seats: e.seats,
        taken: 0,
        created_by_account_id: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  // 李向东 (resident-2) registered as a seeker and applied to the employer persona's cleaning job.
  const seeker = await db
    .selectFrom('members')
    .innerJoin('accounts', 'accounts.id', 'members.account_id')
    .select(['members.id as member_id', 'members.person_key', 'accounts.id as account_id'])
    .where('accounts.openid', '=', personaOpenid('resident-2'))
    .where('members.relation', '=', 'self')
    .executeTakeFirst();
  if (!seeker) return;
  await db
    .insertInto('job_seekers')
    .values({ id: 'sk-demo-lxd', account_id: seeker.account_id, member_id: seeker.member_id, skills: JSON.stringify(['C1驾驶证', '搬运', '保洁']), categories: 'loading,delivery,cleaning', availability: '随时可上岗', area: '伊通镇宝捷精品小区', created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('member_id').doNothing())
    .execute();
  const applied = await db
    .insertInto('job_applications')
    .values({ id: 'app-demo-lxd', posting_id: 'job-demo-001', account_id: seeker.account_id, member_id: seeker.member_id, person_key: seeker.person_key, status: 'applied', hired_at: null, created_at: at, updated_at: at })
    .onConflict((oc) => oc.columns(['posting_id', 'person_key']).doNothing())
    .executeTakeFirst();
  if (Number(applied.numInsertedOrUpdatedRows ?? 0) === 1) {
    await recordStatusEvent(db, applicationWorkflow.name, { id: 'app-demo-lxd', from: null, to: 'applied', actor: { accountId: seeker.account_id, role: 'resident' }, at });
  }
}
