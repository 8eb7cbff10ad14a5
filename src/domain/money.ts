/** Money is integer fen; shown as ¥12.50 or 12.5元. */
export function formatYuan(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

export function formatYuanShort(fen: number): string {
  const yuan = fen / 100;
  return `${Number.isInteger(yuan) ? yuan : Number(yuan.toFixed(2))}元`;
}

/**
 * What a person types as yuan ('12', '12.5', '12.50') as fen; null for anything else (a
 * third decimal, a sign, text). Whole and fraction add as integers, so 0.29 元 is 29 fen.
 */
export function parseYuan(text: string): number | null {
  const match = /^(\d{1,7})(?:\.(\d{0,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Fen as yuan text for a form field: 1200 → '12.00'. */
export const yuanText = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
