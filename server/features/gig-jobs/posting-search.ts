import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { BoundingBox } from '../../../src/domain/jobs/geo';
import type { PayUnit, PostingCategory, PostingType } from '../../../src/domain/jobs/vocabulary';
import { isPostgres } from '../../db/locks';
import type { Database } from '../../db/schema';
import type { CardSource } from './jobs-views';

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
  near?: { box: BoundingBox; unit: { x: number; y: number; z: number }; maxChord2: number };
  sort: 'newest' | 'nearest' | 'pay';
  /** newest: publication order; pay: the unit's own pay when one unit is asked for, otherwise the estimated day's pay. */
  payColumn: 'pay' | 'pay_daily';
  /** Keyset: the last row of the previous page. */
  after?: { key: string | number; id: string };
  limit: number;
}

/** A card's columns, and what search sorts and pages by. */
export interface SearchRow extends CardSource {
  pay_daily: number;
  pub_seq: number | null;
  /** The squared chord to the searcher's point (nearest-first only). */
  d2: number | null;
}

/** '%', '_' and the escape itself are matched literally. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** An FTS5 phrase: the term in double quotes, inner quotes doubled. */
const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** The columns a card needs, read by every search. */
const CARD_COLUMNS = sql`p.id, p.title, e.name as employer_name, p.category, p.type, p.pay, p.pay_unit, p.same_day_pay, p.pay_daily, p.place, p.lat, p.lng, p.headcount, p.hired, p.valid_through, p.posted_at, p.pub_seq`;

/**
 * The seeker's search, in one statement on either engine. Only published postings of
 * verified employers valid through today are ever read; keywords go through the trigram
 * index (FTS5 on SQLite, pg_trgm on PostgreSQL), distance through a bounding box on the
 * indexed latitude and longitude and then the exact chord, and pages are keyset-ordered.
 * Written with the `sql` template rather than the fluent builder: it is the hottest
 * statement of the app and the builder costs more than the index lookups here.
 */
export function postingSearch(db: Kysely<Database>) {
  const pg = isPostgres(db);
  return async (q: SearchQuery): Promise<SearchRow[]> => {
    const chord2 = q.near
      ? sql<number>`((p.ux - ${q.near.unit.x}) * (p.ux - ${q.near.unit.x}) + (p.uy - ${q.near.unit.y}) * (p.uy - ${q.near.unit.y}) + (p.uz - ${q.near.unit.z}) * (p.uz - ${q.near.unit.z}))`
      : null;
    const indexed = pg ? [] : q.terms.filter((t) => [...t].length >= INDEXED_TERM_LENGTH);
    const match = indexed.map(ftsPhrase).join(' AND ');
    // SQLite, keyword, newest first: read the matches from the index in publication order
    // (its rowid) and stop after a page; other sorts take the matches as a list.
    const indexDriven = indexed.length > 0 && q.sort === 'newest';

    const where: RawBuilder<unknown>[] = [
      sql`p.status = 'published'`,
      // Always true for a published posting; said so the newest-first scan skips the unnumbered.
      sql`p.pub_seq is not null`,
      sql`p.valid_through >= ${q.today}`,
      sql`e.verified = 1`,
    ];
    if (q.category) where.push(sql`p.category = ${q.category}`);
    if (q.type) where.push(sql`p.type = ${q.type}`);
    if (q.payUnit) where.push(sql`p.pay_unit = ${q.payUnit}`);
    if (q.minPay !== undefined) where.push(sql`p.pay >= ${q.minPay}`);
    if (q.sameDayPay) where.push(sql`p.same_day_pay = 1`);

    if (indexDriven) where.push(sql`f.job_posting_search match ${match}`);
    else if (indexed.length > 0) where.push(sql`p.pub_seq in (select rowid from job_posting_search where job_posting_search match ${match})`);
    for (const term of q.terms.filter((t) => !indexed.includes(t))) {
      if (!pg) where.push(sql`p.search_text like ${likePattern(term)} escape '\\'`);
      // PostgreSQL: the GIN trigram index serves ILIKE for terms of three characters or more.
      else if ([...term].length >= INDEXED_TERM_LENGTH) where.push(sql`p.search_text ilike ${likePattern(term)} escape '\\'`);
      // A shorter term has no trigram (the index would be read whole); strpos also tells the
      // planner nothing, so it reads newest first and stops after a page instead of sorting all.
      else where.push(sql`strpos(lower(p.search_text), ${term.toLowerCase()}) > 0`);
    }

    if (q.near && chord2) {
      const { box } = q.near;
      where.push(sql`p.lat >= ${box.minLat} and p.lat <= ${box.maxLat} and p.lng >= ${box.minLng} and p.lng <= ${box.maxLng}`);
      where.push(sql`${chord2} <= ${q.near.maxChord2}`);
    }

    const after = q.after;
    let order: RawBuilder<unknown>;
    if (q.sort === 'nearest' && chord2) {
      if (after) where.push(sql`(${chord2} > ${Number(after.key)} or (${chord2} = ${Number(after.key)} and p.id > ${after.id}))`);
      order = sql`${chord2}, p.id`;
    } else if (q.sort === 'pay') {
      const column = q.payColumn === 'pay' ? sql`p.pay` : sql`p.pay_daily`;
      if (after) where.push(sql`(${column} < ${Number(after.key)} or (${column} = ${Number(after.key)} and p.id < ${after.id}))`);
      order = sql`${column} desc, p.id desc`;
    } else if (indexDriven) {
      if (after) where.push(sql`f.rowid < ${Number(after.key)}`);
      order = sql`f.rowid desc`;
    } else {
      // Publication numbers are unique: the number alone is the keyset.
      if (after) where.push(sql`p.pub_seq < ${Number(after.key)}`);
      order = sql`p.pub_seq desc`;
    }

    const from = indexDriven ? sql`job_postings p join job_posting_search f on f.rowid = p.pub_seq` : sql`job_postings p`;
    // On SQLite "+" keeps the few employers from driving the plan through the employer index.
    const employers = pg ? sql`join employers e on e.id = p.employer_id` : sql`join employers e on e.id = +p.employer_id`;
    const result = await sql<SearchRow>`select ${CARD_COLUMNS}, ${chord2 ?? sql`null`} as d2 from ${from} ${employers} where ${sql.join(where, sql` and `)} order by ${order} limit ${q.limit}`.execute(db);
    return result.rows;
  };
}
