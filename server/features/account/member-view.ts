import { ageOn } from '../../../src/domain/resident-id';
import { maskIdNumber, maskPhone } from '../../../src/domain/masking';
import { RELATIONS, type Relation } from '../../../src/domain/member';
import type { MemberTable } from '../../db/schema';

export interface MemberView {
  id: string;
  name: string;
  relation: string;
  relationLabel: string;
  idNumberMasked: string;
  phoneMasked: string;
  birthDate: string;
  sex: string;
  age: number;
}

/** The only shape in which a member leaves the server: ID and phone masked. */
export function toMemberView(row: MemberTable, today: string): MemberView {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    relationLabel: RELATIONS[row.relation as Relation] ?? row.relation,
    idNumberMasked: maskIdNumber(row.id_number),
    phoneMasked: maskPhone(row.phone),
    birthDate: row.birth_date,
    sex: row.sex,
    age: ageOn(row.birth_date, today),
  };
}
