import type { JobsPolicy } from './jobs-policy';
import { postingFieldErrors, type PostingFields } from './posting-rules';
import { CATEGORIES, codeFromLabel, PAY_UNITS, POSTING_TYPES, type PayUnit, type PostingCategory, type PostingType } from './vocabulary';

/** The import file's columns, in the provincial platform's order (the contract). */
export const CSV_COLUMNS = ['title', 'employer', 'category', 'type', 'pay_yuan', 'pay_unit', 'same_day_pay', 'place', 'lat', 'lng', 'headcount', 'valid_through', 'contact_phone', 'requirements'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_HEADER = CSV_COLUMNS.join(',');

/** Column → what a refusal (and the import screen) calls it. */
export const COLUMN_LABELS: Record<CsvColumn, string> = {
  title: '岗位名称',
  employer: '用工单位',
  category: '岗位类别',
  type: '用工类型',
  pay_yuan: '薪酬',
  pay_unit: '计薪单位',
  same_day_pay: '是否日结',
  place: '工作地点',
  lat: '纬度',
  lng: '经度',
  headcount: '招聘人数',
  valid_through: '有效期',
  contact_phone: '联系电话',
  requirements: '岗位要求',
};

/** Where each posting rule's complaint belongs in the file. */
const FIELD_TO_COLUMN: Record<string, CsvColumn> = {
  validThrough: 'valid_through',
  sameDayPay: 'same_day_pay',
  pay: 'pay_yuan',
  lat: 'lat',
  lng: 'lng',
  contactPhone: 'contact_phone',
};

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The header's columns: where each named column sits, or what is missing. */
export function readHeader(cells: string[]): { ok: true; index: Record<CsvColumn, number> } | { ok: false; missing: CsvColumn[] } {
  const names = cells.map((c) => c.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) return { ok: false, missing };
  return { ok: true, index: Object.fromEntries(CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<CsvColumn, number> };
}

export interface ImportedPosting extends PostingFields {
  employerName: string;
}

export type ImportLine = { ok: true; posting: ImportedPosting } | { ok: false; errors: Partial<Record<CsvColumn, string>> };

const YES = new Set(['1', 'true', 'yes', 'y', '是', '日结']);
const NO = new Set(['', '0', 'false', 'no', 'n', '否']);

/** '2026-12-31', '2026/12/31' or '2026-1-5' → 'YYYY-MM-DD' when the day exists. */
function businessDateFrom(raw: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(raw);
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date ? date : null;
}

/** '180' or '12.5' 元 → fen, exactly (no floating point). */
export function fenFromYuan(raw: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(raw);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/**
 * One line of the import file → the posting it describes, or every problem with it,
 * each keyed by column and said in Chinese ("薪酬应为金额（元），如 180 或 12.5").
 */
export function postingFromCsv(cells: string[], index: Record<CsvColumn, number>, today: string, policy: JobsPolicy): ImportLine {
  const errors: Partial<Record<CsvColumn, string>> = {};
  const raw = (c: CsvColumn) => (cells[index[c]] ?? '').trim();
  const text = (c: CsvColumn, max: number, required: boolean) => {
    const v = raw(c);
    if (UNSAFE.test(v)) errors[c] = `${COLUMN_LABELS[c]}含有不允许的字符`;
    else if (required && !v) errors[c] = `${COLUMN_LABELS[c]}不能为空`;
    else if ([...v].length > max) errors[c] = `${COLUMN_LABELS[c]}最多${max}个字`;
    return v;
  };
  const oneOf = <C extends string>(c: CsvColumn, table: Record<C, string | { label: string; per: string }>, hint: string): C => {
    const v = raw(c).replace(/^元\//, '');
    const code = codeFromLabel(table, v) ?? (c === 'type' && v === '日结' ? ('gig' as C) : null);
    if (!code) errors[c] = `${COLUMN_LABELS[c]}应为${hint}之一`;
    return code as C;
  };
  const number = (c: CsvColumn) => {
    const v = raw(c);
    const n = /^-?\d{1,3}(\.\d{1,8})?$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n)) errors[c] = `${COLUMN_LABELS[c]}应为十进制度数，如 43.3452`;
    return n;
  };

  const title = text('title', 40, true);
  const employerName = text('employer', 40, true);
  const category = oneOf<PostingCategory>('category', CATEGORIES, Object.values(CATEGORIES).join('、'));
  const type = oneOf<PostingType>('type', POSTING_TYPES, Object.values(POSTING_TYPES).join('、'));
  const pay = fenFromYuan(raw('pay_yuan'));
  if (pay === null) errors.pay_yuan = '薪酬应为金额（元），如 180 或 12.5';
  const payUnit = oneOf<PayUnit>('pay_unit', PAY_UNITS, '小时、天、月、件');
  const sameDay = raw('same_day_pay').toLowerCase();
  if (!YES.has(sameDay) && !NO.has(sameDay)) errors.same_day_pay = '是否日结应为“是”或“否”（1/0）';
  const place = text('place', 60, true);
  const lat = number('lat');
  const lng = number('lng');
  const headcountRaw = raw('headcount');
  const headcount = /^\d{1,3}$/.test(headcountRaw) ? Number(headcountRaw) : NaN;
  if (!(headcount >= 1 && headcount <= 999)) errors.headcount = '招聘人数应为1至999的整数';
  const validThrough = businessDateFrom(raw('valid_through'));
  if (!validThrough) errors.valid_through = '有效期应为日期，如 2026-12-31';
  else if (validThrough < today) errors.valid_through = '有效期不能早于今天';
  const contactPhone = raw('contact_phone').replace(/[\s()（）]/g, '');
  const note = text('requirements', 300, false);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const posting: ImportedPosting = {
    employerName,
    title,
    description: '',
    category,
    type,
    pay: pay!,
    payUnit,
    sameDayPay: YES.has(sameDay),
    place,
    lat,
    lng,
    headcount,
    requirements: { minAge: null, maxAge: null, skills: [], note },
    workDates: null,
    workHours: '',
    contactName: employerName,
    contactPhone,
    validThrough: validThrough!,
  };
  for (const [field, message] of Object.entries(postingFieldErrors(posting, today, policy))) {
    const column = FIELD_TO_COLUMN[field] ?? 'requirements';
    errors[column] ??= message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, posting };
}


/** A refused line in one sentence: "第3行：薪酬应为金额（元），如 180 或 12.5；有效期不能早于今天". */
export const refusalMessage = (line: number, errors: Record<string, string>) => `第${line}行：${Object.values(errors).join('；')}`;
