import { sql, type Kysely } from 'kysely';
import { OPEN_STATUSES, type ComplaintStatus } from '../../../src/domain/heating/complaint-workflow';
import type { ComplaintCategory } from '../../../src/domain/heating/categories';
import type { Database, HeatingComplaintTable, HeatingIncidentTable, HeatingResidenceTable } from '../../db/schema';

/** The record type files of a complaint are attached as (`files.attached_type`). */
export const COMPLAINT_ATTACHMENT = 'complaint';

/** A complaint with the names of its place, station and company, and whom it is for. */
export type DetailedComplaint = HeatingComplaintTable & {
  community_name: string;
  building_name: string;
  unit_name: string;
  station_name: string;
  company_name: string;
  company_phone: string;
  member_name: string | null;
};

export type IncidentSummary = HeatingIncidentTable & {
  station_name: string;
  complaints: number;
  open_complaints: number;
  next_due_at: string | null;
};

export interface QueueFilter {
  statuses: readonly ComplaintStatus[];
  stationId?: string;
}

const count = (n: string | number | bigint | null | undefined) => Number(n ?? 0);

/** Every statement of 温暖供热; services hold no SQL. */
export function heatingRepository(db: Kysely<Database>) {
  const places = () =>
    db
      .selectFrom('communities')
      .innerJoin('heat_stations', 'heat_stations.id', 'communities.station_id')
      .innerJoin('heating_companies', 'heating_companies.id', 'heat_stations.company_id')
      .select([
        'communities.id as id',
        'communities.name as name',
        'communities.station_id as station_id',
        'heat_stations.name as station_name',
        'heat_stations.company_id as company_id',
        'heating_companies.name as company_name',
        'heating_companies.phone as company_phone',
      ]);

  const detailed = () =>
    db
      .selectFrom('heating_complaints')
      .innerJoin('communities', 'communities.id', 'heating_complaints.community_id')
      .innerJoin('community_buildings', 'community_buildings.id', 'heating_complaints.building_id')
      .innerJoin('building_units', 'building_units.id', 'heating_complaints.unit_id')
      .innerJoin('heat_stations', 'heat_stations.id', 'heating_complaints.station_id')
      .innerJoin('heating_companies', 'heating_companies.id', 'heating_complaints.company_id')
      .leftJoin('members', 'members.id', 'heating_complaints.member_id')
      .selectAll('heating_complaints')
      .select([
        'communities.name as community_name',
        'community_buildings.name as building_name',
        'building_units.name as unit_name',
        'heat_stations.name as station_name',
        'heating_companies.name as company_name',
        'heating_companies.phone as company_phone',
        'members.name as member_name',
      ]);

  /** An incident with its complaints counted: how many, how many still open, the earliest running deadline. */
  const summarised = () =>
    db
      .selectFrom('heating_incidents')
      .innerJoin('heat_stations', 'heat_stations.id', 'heating_incidents.station_id')
      .leftJoin('heating_complaints', 'heating_complaints.incident_id', 'heating_incidents.id')
      .selectAll('heating_incidents')
      .select((eb) => [
        'heat_stations.name as station_name',
        eb.fn.count<string | number>('heating_complaints.id').as('complaints'),
        eb.fn.sum<string | number | null>(eb.case().when('heating_complaints.status', 'in', OPEN_STATUSES).then(1).else(0).end()).as('open_complaints'),
        eb.fn.min<string | null>(eb.case().when('heating_complaints.status', 'in', OPEN_STATUSES).then(eb.ref('heating_complaints.due_at')).end()).as('next_due_at'),
      ])
      .groupBy([
        'heating_incidents.id',
        'heating_incidents.station_id',
        'heating_incidents.company_id',
        'heating_incidents.opened_at',
        'heating_incidents.households',
        'heating_incidents.dispatched_at',
        'heating_incidents.updated_at',
        'heat_stations.name',
      ]);

  const toSummary = <R extends { complaints: unknown; open_complaints: unknown }>(r: R) => ({
    ...r,
    complaints: count(r.complaints as string),
    open_complaints: count(r.open_complaints as string),
  });

  return {
    // ——— places ———
    communities: () => places().orderBy('communities.sort_order').orderBy('communities.id').execute(),

    community: (id: string) => places().where('communities.id', '=', id).executeTakeFirst(),

    buildingsOf: (communityId: string) => db.selectFrom('community_buildings').selectAll().where('community_id', '=', communityId).orderBy('sort_order').execute(),

    unitsOf: (buildingIds: string[]) =>
      buildingIds.length === 0 ? Promise.resolve([]) : db.selectFrom('building_units').selectAll().where('building_id', 'in', buildingIds).orderBy('sort_order').execute(),

    /** A unit with the building and community it belongs to, and their names. */
    unit: (unitId: string) =>
      db
        .selectFrom('building_units')
        .innerJoin('community_buildings', 'community_buildings.id', 'building_units.building_id')
        .select([
          'building_units.id as unit_id',
          'building_units.name as unit_name',
          'building_units.building_id as building_id',
          'community_buildings.name as building_name',
          'community_buildings.community_id as community_id',
        ])
        .where('building_units.id', '=', unitId)
        .executeTakeFirst(),

    /** The heating companies' stations (all of them for officials, `companyIds` for dispatchers). */
    stations: (companyIds: string[] | null) => {
      let query = db.selectFrom('heat_stations').select(['id', 'name', 'company_id']).orderBy('id');
      if (companyIds) query = query.where('company_id', 'in', companyIds.length ? companyIds : ['']);
      return query.execute();
    },

    // ——— the account's last place ———
    lastPlace: (accountId: string) => db.selectFrom('heating_residences').selectAll().where('account_id', '=', accountId).executeTakeFirst(),

    rememberPlace: (row: HeatingResidenceTable) =>
      db
        .insertInto('heating_residences')
        .values(row)
        .onConflict((oc) => oc.column('account_id').doUpdateSet({ community_id: row.community_id, building_id: row.building_id, unit_id: row.unit_id, room: row.room, updated_at: row.updated_at }))
        .execute(),

    // ——— complaints ———
    insertComplaint: (row: HeatingComplaintTable) => db.insertInto('heating_complaints').values(row).execute(),

    complaint: (id: string) => detailed().where('heating_complaints.id', '=', id).executeTakeFirst(),

    complaintOfAccount: (accountId: string, id: string) => detailed().where('heating_complaints.account_id', '=', accountId).where('heating_complaints.id', '=', id).executeTakeFirst(),

    complaintOfCompanies: (companyIds: string[], id: string) =>
      companyIds.length === 0 ? Promise.resolve(undefined) : detailed().where('heating_complaints.company_id', 'in', companyIds).where('heating_complaints.id', '=', id).executeTakeFirst(),

    complaintsOfAccount: (accountId: string, limit: number) =>
      detailed().where('heating_complaints.account_id', '=', accountId).orderBy('heating_complaints.submitted_at', 'desc').orderBy('heating_complaints.id', 'desc').limit(limit).execute(),

    complaintsByIds: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : detailed().where('heating_complaints.id', 'in', ids).execute()),

    /** The company's queue: the running deadline nearest first, complaints without one last. */
    queue: (companyIds: string[], filter: QueueFilter, limit: number) => {
      if (companyIds.length === 0 || filter.statuses.length === 0) return Promise.resolve([]);
      let query = detailed().where('heating_complaints.company_id', 'in', companyIds).where('heating_complaints.status', 'in', filter.statuses);
      if (filter.stationId) query = query.where('heating_complaints.station_id', '=', filter.stationId);
      return query
        .orderBy(sql`case when heating_complaints.due_at is null then 1 else 0 end`)
        .orderBy('heating_complaints.due_at')
        .orderBy('heating_complaints.updated_at', 'desc')
        .orderBy('heating_complaints.id')
        .limit(limit)
        .execute();
    },

    /**
     * What the station lock's holder needs to know of one household: whether it has an open
     * complaint of this kind (a duplicate), and whether it already counts in an incident.
     */
    async household(unitId: string, room: string, category: ComplaintCategory, incidentId: string | null) {
      const rows = await db
        .selectFrom('heating_complaints')
        .select(['id', 'category', 'status', 'incident_id'])
        .where('unit_id', '=', unitId)
        .where('room', '=', room)
        .where((eb) => eb.or([eb('status', 'in', OPEN_STATUSES), ...(incidentId ? [eb('incident_id', '=', incidentId)] : [])]))
        .execute();
      return {
        openDuplicate: rows.some((r) => r.category === category && (OPEN_STATUSES as readonly string[]).includes(r.status)),
        inIncident: incidentId !== null && rows.some((r) => r.incident_id === incidentId),
      };
    },

    /** Rates once: the condition and the write are one statement, so two ratings cannot both land. */
    async rate(accountId: string, id: string, score: number, comment: string | null, at: string): Promise<boolean> {
      const r = await db
        .updateTable('heating_complaints')
        .set({ rating_score: score, rating_comment: comment, rated_at: at })
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .where('rating_score', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    // ——— photos ———
    async photosOf(complaintIds: string[]): Promise<Map<string, string[]>> {
      const byId = new Map<string, string[]>(complaintIds.map((id) => [id, []]));
      if (complaintIds.length === 0) return byId;
      const rows = await db
        .selectFrom('files')
        .select(['id', 'attached_id'])
        .where('attached_type', '=', COMPLAINT_ATTACHMENT)
        .where('attached_id', 'in', complaintIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      for (const r of rows) byId.get(r.attached_id!)?.push(r.id);
      return byId;
    },

    /** The company a complaint belongs to (who may see its photos). */
    companyOf: async (complaintId: string) =>
      (await db.selectFrom('heating_complaints').select('company_id').where('id', '=', complaintId).executeTakeFirst())?.company_id ?? null,

    // ——— incidents ———
    /** The station's newest incident, and whether any of its complaints is still open. */
    latestIncident: async (stationId: string) => {
      const row = await db
        .selectFrom('heating_incidents')
        .selectAll()
        .select((eb) =>
          eb
            .exists(eb.selectFrom('heating_complaints').select('heating_complaints.id').whereRef('heating_complaints.incident_id', '=', 'heating_incidents.id').where('heating_complaints.status', 'in', OPEN_STATUSES))
            .as('has_open'),
        )
        .where('station_id', '=', stationId)
        .orderBy('opened_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? { ...row, has_open: Boolean(row.has_open) } : undefined;
    },

    insertIncident: (row: HeatingIncidentTable) => db.insertInto('heating_incidents').values(row).execute(),

    /** One more household joined (checked under the station lock). */
    addHousehold: (incidentId: string, at: string) =>
      db
        .updateTable('heating_incidents')
        .set((eb) => ({ households: eb('households', '+', 1), updated_at: at }))
        .where('id', '=', incidentId)
        .execute(),

    /** The first crew sent to any complaint of the incident makes it 已派单. */
    markDispatched: (incidentId: string, at: string) =>
      db.updateTable('heating_incidents').set({ dispatched_at: at, updated_at: at }).where('id', '=', incidentId).where('dispatched_at', 'is', null).execute(),

    async incidentFacts(ids: string[]): Promise<Map<string, { households: number; dispatched: boolean }>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('heating_incidents').select(['id', 'households', 'dispatched_at']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, { households: r.households, dispatched: r.dispatched_at !== null }]));
    },

    /** The companies' incidents still open, and those opened since `since`, newest first. */
    incidentsOfCompanies: async (companyIds: string[], since: string, stationId?: string) => {
      if (companyIds.length === 0) return [];
      let query = summarised().where('heating_incidents.company_id', 'in', companyIds);
      if (stationId) query = query.where('heating_incidents.station_id', '=', stationId);
      const rows = await query
        .having((eb) =>
          eb.or([
            eb(eb.fn.sum(eb.case().when('heating_complaints.status', 'in', OPEN_STATUSES).then(1).else(0).end()), '>', 0),
            eb('heating_incidents.opened_at', '>=', since),
          ]),
        )
        .orderBy('heating_incidents.opened_at', 'desc')
        .orderBy('heating_incidents.id')
        .limit(200)
        .execute();
      return rows.map(toSummary);
    },

    incidentOfCompanies: async (companyIds: string[], id: string) => {
      if (companyIds.length === 0) return undefined;
      const row = await summarised().where('heating_incidents.company_id', 'in', companyIds).where('heating_incidents.id', '=', id).executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },

    openComplaintsOfIncident: (incidentId: string) =>
      detailed().where('heating_complaints.incident_id', '=', incidentId).where('heating_complaints.status', 'in', OPEN_STATUSES).orderBy('heating_complaints.id').execute(),

    // ——— the scheduler ———
    /** Open complaints whose running deadline has passed as of `at`. */
    overdue: (at: string) => detailed().where('heating_complaints.status', 'in', OPEN_STATUSES).where('heating_complaints.due_at', '<', at).orderBy('heating_complaints.id').execute(),

    /** Whether the complaint still waits on this deadline (read in the notifying transaction). */
    stillDue: async (complaintId: string, kind: string, dueAt: string) =>
      (await db
        .selectFrom('heating_complaints')
        .select('id')
        .where('id', '=', complaintId)
        .where('due_kind', '=', kind)
        .where('due_at', '=', dueAt)
        .where('status', 'in', OPEN_STATUSES)
        .executeTakeFirst()) !== undefined,

    /** Records one notice per complaint and deadline; false when it was already sent. */
    async addReminder(row: { complaint_id: string; kind: string; due_at: string; created_at: string }): Promise<boolean> {
      const r = await db.insertInto('heating_reminders').values(row).onConflict((oc) => oc.columns(['complaint_id', 'kind', 'due_at']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    dispatcherAccounts: async (companyId: string) =>
      (await db.selectFrom('account_roles').select('account_id').where('role', '=', 'heating_dispatcher').where('scope', '=', companyId).orderBy('account_id').execute()).map((r) => r.account_id),

    /** 已处理 complaints whose resident has had until `before` to confirm or reopen. */
    resolvedBefore: (before: string) => detailed().where('heating_complaints.status', '=', 'resolved').where('heating_complaints.resolved_at', '<=', before).orderBy('heating_complaints.id').execute(),

    // ——— figures and interop ———
    /** What the figures need of the complaints submitted in [fromIso, toIso). */
    factsBetween: (companyIds: string[] | null, fromIso: string, toIso: string) => {
      let query = db
        .selectFrom('heating_complaints')
        .select(['station_id', 'category', 'status', 'submitted_at', 'reopened_at', 'accepted_at', 'first_measured_at', 'first_resolved_at', 'rating_score'])
        .where('submitted_at', '>=', fromIso)
        .where('submitted_at', '<', toIso);
      if (companyIds) query = query.where('company_id', 'in', companyIds.length ? companyIds : ['']);
      return query.execute();
    },

    /** Requests for the 12345 platform: place down to the unit, never room, name or phone. By ids, or by period, statuses and categories. */
    publicRequests: (filter: { ids: string[] } | { fromIso: string; toIso: string; statuses: readonly ComplaintStatus[]; categories: readonly ComplaintCategory[] }, limit: number) => {
      let query = db
        .selectFrom('heating_complaints')
        .innerJoin('communities', 'communities.id', 'heating_complaints.community_id')
        .innerJoin('community_buildings', 'community_buildings.id', 'heating_complaints.building_id')
        .innerJoin('building_units', 'building_units.id', 'heating_complaints.unit_id')
        .innerJoin('heating_companies', 'heating_companies.id', 'heating_complaints.company_id')
        .select([
          'heating_complaints.id as id',
          'heating_complaints.category as category',
          'heating_complaints.status as status',
          'heating_complaints.submitted_at as submitted_at',
          'heating_complaints.updated_at as updated_at',
          'heating_complaints.due_at as due_at',
          'communities.name as community_name',
          'community_buildings.name as building_name',
          'building_units.name as unit_name',
          'heating_companies.name as company_name',
        ]);
      if ('ids' in filter) {
        if (filter.ids.length === 0) return Promise.resolve([]);
        query = query.where('heating_complaints.id', 'in', filter.ids);
      } else {
        if (filter.statuses.length === 0 || filter.categories.length === 0) return Promise.resolve([]);
        query = query
          .where('heating_complaints.submitted_at', '>=', filter.fromIso)
          .where('heating_complaints.submitted_at', '<', filter.toIso)
          .where('heating_complaints.status', 'in', filter.statuses)
          .where('heating_complaints.category', 'in', filter.categories);
      }
      return query.orderBy('heating_complaints.submitted_at', 'desc').orderBy('heating_complaints.id').limit(limit).execute();
    },
  };
}

export type HeatingRepository = ReturnType<typeof heatingRepository>;
