import type { Member } from '../../../src/domain/account/contract';
import { maskIdNumber, maskPhone } from '../../../src/domain/masking';
import { RELATIONS, type Relation } from '../../../src/domain/member';
import { ageOn } from '../../../src/domain/resident-id';
import type { Vault } from '../../core/personal-data';
import type { MemberTable } from '../../db/schema';

/**
 * The only shape in which a member leaves the server: ID and phone masked, and age and
 * sex instead of the birth date (the masked ID plus the birth date left a handful of
 * candidates for the whole number).
 */
export function toMemberView(row: MemberTable, today: string, vault: Vault, idNumberLocked: boolean): Member {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation as Relation,
    relationLabel: RELATIONS[row.relation as Relation] ?? row.relation,
    idNumberMasked: row.id_number_enc ? maskIdNumber(vault.decrypt(row.id_number_enc)) : '',
    phoneMasked: row.phone_enc ? maskPhone(vault.decrypt(row.phone_enc)) : '',
    sex: row.sex === 'F' ? 'F' : 'M',
    age: ageOn(row.birth_date, today),
    idNumberLocked,
  };
}
