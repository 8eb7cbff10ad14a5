import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { BoundingBox } from '../../../src/domain/jobs/geo';
import type { PayUnit, PostingCategory, PostingType } from '../../../src/domain/jobs/vocabulary';
import { isPostgres } from '../../db/locks';
import type { Database } from '../../db/schema';

/** Terms of at least this many characters use the trigram index; shorter ones a LIKE scan. */
export const INDEXED_TERM_LENGTH = 3;

export interface SearchQuery {
  /** Asia/Shanghai business date: postings valid through an earlier day are expired. */
  today: string;
  /** Every term must match, inside words. */
  terms: string[];
  category?: PostingCategory;
  type?: PostingType;
  payUnit?: PayUnit;
  minPay?: number;
  sameDayPay?: boolean;
  near?: { box: BoundingBox; unit: { x: number; y: number; z: number }; maxChord2: number | null };
  sort: 'newest' | 'nearest' | 'pay';
  /** pay: the unit's own pay when one unit is asked for, otherwise the estimated day's pay. */
  payColumn: 'pay' | 'pay_daily';
  /** Keyset: the last row of the previous page. */
  after?: { key: string | number; id: string };
  limit: number;
}

export interface SearchRow {
  id: string;
  title: string;
  employer_name: string;
  category: string;
  type: string;
  pay: number;
  pay_unit: string;
  same_day_pay: number;
  pay_daily: number;
  place: string;
  lat: number;
  lng: number;
  headcount: number;
  hired: number;
  valid_through: string;
  posted_at: string | null;
  /** The squared chord to the searcher's point (nearest-first only). */
  d2: number | null;
}

/** '%', '_' and the escape itself are matched literally. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** An FTS5 phrase: the term in double quotes, inner quotes doubled. */
const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * The seeker's search, in one statement on either engine. Only published postings of
 * verified employers valid through today are ever read; keywords go through the trigram
 * index (FTS5 on SQLite, pg_trgm on PostgreSQL), distance through a bounding box on the
 * indexed latitude and longitude and then the exact chord, and pages are keyset-ordered.
 */
export function postingSearch(db: Kysely<Database>) {
  const pg = isPostgres(db);
  return async (q: SearchQuery): Promise<SearchRow[]> => {
    const chord2 = q.near
      ? sql<number>`((p.ux - ${q.near.unit.x}) * (p.ux - ${q.near.unit.x}) + (p.uy - ${q.near.unit.y}) * (p.uy - ${q.near.unit.y}) + (p.uz - ${q.near.unit.z}) * (p.uz - ${q.near.unit.z}))`
      : null;
    let query = db
      .selectFrom('job_postings as p')
      .innerJoin('employers as e', 'e.id', 'p.employer_id')
      .select([
        'p.id',
        'p.title',
        'e.name as employer_name',
        'p.category',
        'p.type',
        'p.pay',
        'p.pay_unit',
        'p.same_day_pay',
        'p.pay_daily',
        'p.place',
        'p.lat',
        'p.lng',
        'p.headcount',
        'p.hired',
        'p.valid_through',
        'p.posted_at',
        (chord2 ?? sql<number | null>`null`).as('d2'),
      ])
      .where('p.status', '=', 'published')
      .where('p.valid_through', '>=', q.today)
      .where('e.verified', '=', 1);

    if (q.category) query = query.where('p.category', '=', q.category);
    if (q.type) query = query.where('p.type', '=', q.type);
    if (q.payUnit) query = query.where('p.pay_unit', '=', q.payUnit);
    if (q.minPay !== undefined) query = query.where('p.pay', '>=', q.minPay);
    if (q.sameDayPay) query = query.where('p.same_day_pay', '=', 1);

    const indexed = pg ? [] : q.terms.filter((t) => [...t].length >= INDEXED_TERM_LENGTH);
    if (indexed.length > 0) {
      const match = indexed.map(ftsPhrase).join(' AND ');
      query = query.where(sql<SqlBool>`p.id in (select posting_id from job_posting_search where job_posting_search match ${match})`);
    }
    for (const term of q.terms.filter((t) => !indexed.includes(t))) {
      // PostgreSQL: the GIN trigram index serves ILIKE for terms of three characters or more.
      query = query.where(pg ? sql<SqlBool>`p.search_text ilike ${likePattern(term)} escape '\\'` : sql<SqlBool>`p.search_text like ${likePattern(term)} escape '\\'`);
    }

    if (q.near && chord2) {
      const { box } = q.near;
      query = query.where('p.lat', '>=', box.minLat).where('p.lat', '<=', box.maxLat).where('p.lng', '>=', box.minLng).where('p.lng', '<=', box.maxLng);
      if (q.near.maxChord2 !== null) query = query.where(sql<SqlBool>`${chord2} <= ${q.near.maxChord2}`);
    }

    const after = q.after;
    if (q.sort === 'nearest' && chord2) {
      if (after) query = query.where((eb) => eb.or([eb(chord2, '>', Number(after.key)), eb.and([eb(chord2, '=', Number(after.key)), eb('p.id', '>', after.id)])]));
      query = query.orderBy(chord2 as Expression<number>).orderBy('p.id');
    } else if (q.sort === 'pay') {
      const column = q.payColumn === 'pay' ? 'p.pay' : 'p.pay_daily';
      if (after) query = query.where((eb) => eb.or([eb(column, '<', Number(after.key)), eb.and([eb(column, '=', Number(after.key)), eb('p.id', '<', after.id)])]));
      query = query.orderBy(column, 'desc').orderBy('p.id', 'desc');
    } else {
      if (after) query = query.where((eb) => eb.or([eb('p.posted_at', '<', String(after.key)), eb.and([eb('p.posted_at', '=', String(after.key)), eb('p.id', '<', after.id)])]));
      query = query.orderBy('p.posted_at', 'desc').orderBy('p.id', 'desc');
    }
    return (await query.limit(q.limit).execute()) as SearchRow[];
  };
}
