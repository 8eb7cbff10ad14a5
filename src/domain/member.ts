import { checkResidentId, type Sex } from './resident-id';

export const RELATIONS = {
  self: '本人',
  spouse: '配偶',
  father: '父亲',
  mother: '母亲',
  child: '子女',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
  sibling: '兄弟姐妹',
  other: '其他亲属',
} as const;

export type Relation = keyof typeof RELATIONS;
export const RELATION_CODES = Object.keys(RELATIONS) as Relation[];

/** Self plus up to 9 relatives by default; the server reads the real number from config. */
export const DEFAULT_MAX_MEMBERS = 10;

export interface MemberInput {
  name: string;
  idNumber: string;
  phone: string;
  relation: string;
}

export type MemberFieldErrors = Partial<Record<keyof MemberInput, string>>;

export interface NormalizedMember {
  name: string;
  idNumber: string;
  phone: string;
  relation: Relation;
  birthDate: string;
  sex: Sex;
}

const NAME_PATTERN = /^[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z·• ]{0,29}$/;
const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function validateName(name: string): string | undefined {
  const trimmed = String(name ?? '').trim();
  if (!trimmed) return '请填写姓名';
  if (!NAME_PATTERN.test(trimmed)) return '姓名只能包含中文或字母，最多30个字';
  return undefined;
}

export function validatePhone(phone: string): string | undefined {
  const trimmed = String(phone ?? '').trim();
  if (!trimmed) return '请填写手机号';
  if (!MOBILE_PATTERN.test(trimmed)) return '请填写11位手机号';
  return undefined;
}

export function validateRelation(relation: string): string | undefined {
  if (!relation) return '请选择与您的关系';
  if (!(relation in RELATIONS)) return '关系不在可选范围内';
  return undefined;
}

/** Validates a whole member form; the same rules run in the form and in the cloud function. */
export function validateMember(
  input: MemberInput,
  today: string,
): { ok: true; member: NormalizedMember } | { ok: false; fields: MemberFieldErrors } {
  const fields: MemberFieldErrors = {};
  const nameError = validateName(input.name);
  if (nameError) fields.name = nameError;
  const phoneError = validatePhone(input.phone);
  if (phoneError) fields.phone = phoneError;
  const relationError = validateRelation(input.relation);
  if (relationError) fields.relation = relationError;
  const id = checkResidentId(input.idNumber, today);
  if (!id.ok) fields.idNumber = String(input.idNumber ?? '').trim() ? id.message : '请填写身份证号';
  if (!id.ok || Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    member: {
      name: input.name.trim(),
      idNumber: id.normalized,
      phone: input.phone.trim(),
      relation: input.relation as Relation,
      birthDate: id.birthDate,
      sex: id.sex,
    },
  };
}
