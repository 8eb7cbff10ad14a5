import { checkDigitFor } from '../../../src/domain/resident-id';
import { newId } from '../../core/ids';
import type { SeedContext } from '../../core/service-module';
import { PERSONAS, personaOpenid } from './personas';

/** Demo data: the personas dev login offers, with their families (made-up ID numbers, encrypted like any other). */
export async function seedPersonas({ db, clock, vault }: SeedContext): Promise<void> {
  const now = clock.now().toISOString();
  for (const persona of PERSONAS) {
    const openid = personaOpenid(persona.persona);
    const existing = await db.selectFrom('accounts').select('id').where('openid', '=', openid).executeTakeFirst();
    if (existing) continue;
    const accountId = newId('acc');
    await db
      .insertInto('accounts')
      .values({ id: accountId, openid, display_name: persona.displayName, persona: persona.persona, consent_at: persona.members.length ? now : null, created_at: now })
      .execute();
    for (const role of [{ role: 'resident', scope: '' }, ...persona.roles]) {
      await db.insertInto('account_roles').values({ account_id: accountId, role: role.role, scope: role.scope, granted_at: now }).execute();
    }
    for (const [index, m] of persona.members.entries()) {
      const addedAt = new Date(clock.now().getTime() + index).toISOString();
      const idNumber = m.first17 + checkDigitFor(m.first17);
      await db
        .insertInto('members')
        .values({
          id: newId('mem'),
          account_id: accountId,
          name: m.name,
          relation: m.relation,
          id_number_enc: vault.encrypt(idNumber),
          phone_enc: vault.encrypt(m.phone),
          person_key: vault.personKey(idNumber),
          birth_date: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
          sex: Number(idNumber[16]) % 2 === 1 ? 'M' : 'F',
          created_at: addedAt,
          updated_at: addedAt,
          removed_at: null,
        })
        .execute();
    }
  }
}
