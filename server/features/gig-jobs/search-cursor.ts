import { AppError } from '../../core/errors';
import type { SearchQuery, SearchRow } from './posting-search';

/**
 * The next page's place in the result order, opaque to clients: the sort it belongs to
 * and the last row's key. A cursor from another sort, or a forged one, is refused.
 */
interface CursorBody {
  v: 1;
  s: SearchQuery['sort'];
  c: SearchQuery['payColumn'];
  k: number;
  i: string;
}

export function encodeCursor(q: Pick<SearchQuery, 'sort' | 'payColumn'>, last: SearchRow): string {
  const k = q.sort === 'nearest' ? last.d2 ?? 0 : q.sort === 'pay' ? (q.payColumn === 'pay' ? last.pay : last.pay_daily) : last.pub_seq ?? 0;
  const body: CursorBody = { v: 1, s: q.sort, c: q.payColumn, k, i: last.id };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const invalid = () => new AppError('VALIDATION_FAILED', '分页标记无效，请重新搜索', { cursor: '分页标记无效，请重新搜索' });

export function decodeCursor(cursor: string, q: Pick<SearchQuery, 'sort' | 'payColumn'>): { key: string | number; id: string } {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    throw invalid();
  }
  if (!body || body.v !== 1 || body.s !== q.sort || body.c !== q.payColumn || typeof body.i !== 'string' || body.i.length > 80) throw invalid();
  if (typeof body.k !== 'number' || !Number.isFinite(body.k)) throw invalid();
  return { key: body.k, id: body.i };
}
