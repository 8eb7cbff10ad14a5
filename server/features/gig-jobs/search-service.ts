import { businessDate } from '../../../src/domain/business-date';
import type { SearchAnswer, SearchInput } from '../../../src/domain/jobs/contract';
import { boundingBox, chordSquaredForKm, kmForChordSquared, searchRings, unitVector } from '../../../src/domain/jobs/geo';
import type { JobsPolicy } from '../../../src/domain/jobs/jobs-policy';
import { AppError, type FieldErrors } from '../../core/errors';
import type { SearchQuery, SearchRow } from './posting-search';
import { decodeCursor, encodeCursor } from './search-cursor';
import { toCard } from './jobs-views';

export interface SearchDeps {
  search: (q: SearchQuery) => Promise<SearchRow[]>;
  now: Date;
  policy: JobsPolicy;
}

/** Up to five words, each matched inside words; extra spaces ignored. */
export const keywordTerms = (keyword: string | undefined) => (keyword ?? '').split(/\s+/).filter(Boolean).slice(0, 5);

/** The seeker's search: what is listed today, filtered, sorted and paged. */
export function searchService({ search, now, policy }: SearchDeps) {
  /**
   * Nearest first, ring by ring: a page is complete as soon as a ring holds a page's worth,
   * since everything outside the ring is farther. Other sorts run once over the whole radius.
   */
  async function nearestInRings(query: SearchQuery, point: { lat: number; lng: number } | undefined, radius: number): Promise<SearchRow[]> {
    if (query.sort !== 'nearest' || !point || !query.near) return search(query);
    const fromKm = query.after ? kmForChordSquared(Number(query.after.key)) : 0;
    let rows: SearchRow[] = [];
    for (const ring of searchRings(fromKm, radius)) {
      rows = await search({ ...query, near: { ...query.near, box: boundingBox(point, ring), maxChord2: chordSquaredForKm(ring) } });
      if (rows.length >= query.limit) break;
    }
    return rows;
  }

  return {
    async search(input: SearchInput): Promise<SearchAnswer> {
      const fields: FieldErrors = {};
      const hasPoint = input.lat !== undefined || input.lng !== undefined;
      if (hasPoint && (input.lat === undefined || input.lng === undefined)) fields[input.lat === undefined ? 'lat' : 'lng'] = '请同时提供经纬度';
      if (input.radiusKm !== undefined && !hasPoint) fields.radiusKm = '按距离筛选需要提供位置';
      if (input.radiusKm !== undefined && input.radiusKm > policy.maxRadiusKm) fields.radiusKm = `距离最远${policy.maxRadiusKm}公里`;
      if (input.sort === 'nearest' && !hasPoint) fields.sort = '按距离排序需要提供位置';
      if (input.minPay !== undefined && !input.payUnit) fields.payUnit = '请选择最低薪酬的计薪单位';
      if (input.limit !== undefined && input.limit > policy.maxPageSize) fields.limit = `每页最多${policy.maxPageSize}条`;
      if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', Object.values(fields)[0], fields);

      const sort = input.sort ?? 'newest';
      const payColumn = input.payUnit ? 'pay' : 'pay_daily';
      const limit = input.limit ?? policy.pageSize;
      const point = hasPoint ? { lat: input.lat!, lng: input.lng! } : undefined;
      const radius = input.radiusKm ?? policy.maxRadiusKm;
      const query: SearchQuery = {
        today: businessDate(now),
        terms: keywordTerms(input.keyword),
        category: input.category,
        type: input.type,
        payUnit: input.payUnit,
        minPay: input.minPay,
        sameDayPay: input.sameDayPay,
        near: point && { box: boundingBox(point, radius), unit: unitVector(point), maxChord2: chordSquaredForKm(radius) },
        sort,
        payColumn,
        after: input.cursor ? decodeCursor(input.cursor, { sort, payColumn }) : undefined,
        limit: limit + 1,
      };
      const rows = await nearestInRings(query, point, radius);
      const page = rows.slice(0, limit);
      return { items: page.map((r) => toCard(r, point)), nextCursor: rows.length > limit ? encodeCursor(query, page[page.length - 1]) : null };
    },
  };
}
