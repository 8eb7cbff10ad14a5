import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** The station's figures for a period [from, until) of instants, for some stations (null: the whole county). */
export function statsRepository(db: Kysely<Database>) {
  const count = (n: string | number | null | undefined) => Number(n ?? 0);
  return {
    async byCategory(from: string, until: string, stationIds: string[] | null) {
      let published = db
        .selectFrom('job_postings')
        .select(['category', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('posted_at', '>=', from)
        .where('posted_at', '<', until);
      let applied = db
        .selectFrom('job_applications')
        .innerJoin('job_postings', 'job_postings.id', 'job_applications.posting_id')
        .select(['job_postings.category as category', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('job_applications.created_at', '>=', from)
        .where('job_applications.created_at', '<', until);
      let hired = db
        .selectFrom('job_applications')
        .innerJoin('job_postings', 'job_postings.id', 'job_applications.posting_id')
        .select(['job_postings.category as category', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('job_applications.status', '=', 'hired')
        .where('job_applications.hired_at', '>=', from)
        .where('job_applications.hired_at', '<', until);
      if (stationIds) {
        published = published.where('station_id', 'in', stationIds);
        applied = applied.where('job_postings.station_id', 'in', stationIds);
        hired = hired.where('job_postings.station_id', 'in', stationIds);
      }
      const [p, a, h] = await Promise.all([published.groupBy('category').execute(), applied.groupBy('job_postings.category').execute(), hired.groupBy('job_postings.category').execute()]);
      const figures = new Map<string, { published: number; applications: number; hires: number }>();
      const at = (c: string) => figures.get(c) ?? figures.set(c, { published: 0, applications: 0, hires: 0 }).get(c)!;
      for (const r of p) at(r.category).published = count(r.n);
      for (const r of a) at(r.category).applications = count(r.n);
      for (const r of h) at(r.category).hires = count(r.n);
      return figures;
    },

    async events(from: string, until: string, stationIds: string[] | null) {
      let events = db
        .selectFrom('job_events')
        .select(['kind', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('starts_at', '>=', from)
        .where('starts_at', '<', until);
      let people = db
        .selectFrom('job_event_enrollments')
        .innerJoin('job_events', 'job_events.id', 'job_event_enrollments.event_id')
        .select(['job_events.kind as kind', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('job_event_enrollments.status', '=', 'enrolled')
        .where('job_events.starts_at', '>=', from)
        .where('job_events.starts_at', '<', until);
      if (stationIds) {
        events = events.where('station_id', 'in', stationIds);
        people = people.where('job_events.station_id', 'in', stationIds);
      }
      const [e, n] = await Promise.all([events.groupBy('kind').execute(), people.groupBy('job_events.kind').execute()]);
      const of = (rows: Array<{ kind: string; n: string | number }>, kind: string) => count(rows.find((r) => r.kind === kind)?.n);
      return { classes: of(e, 'training'), fairs: of(e, 'fair'), trainees: of(n, 'training'), fairVisitors: of(n, 'fair') };
    },
  };
}

export type StatsRepository = ReturnType<typeof statsRepository>;
