/** Money is integer fen; shown as ¥12.50 or 12.5元. */
export function formatYuan(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

export function formatYuanShort(fen: number): string {
  const yuan = fen / 100;
  return `${Number.isInteger(yuan) ? yuan : Number(yuan.toFixed(2))}元`;
}
