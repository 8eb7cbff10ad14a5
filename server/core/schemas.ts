import { z } from 'zod';

/** Shapes shared by many actions. */
export const recordId = z.string().min(1).max(80);

export const businessDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期不存在');

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');

/** Integer fen, bounded so that sums stay exact. */
export const fen = z.number().int().min(0).max(1_000_000);
