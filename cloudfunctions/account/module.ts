import { defineServiceModule } from '../../server/core/service-module';
import { seedPersonas } from '../../server/features/account/seed-personas';
import { accountActions } from './actions';

/** 账户: login, family members, 长辈模式's server side, the message centre. */
export const accountModule = defineServiceModule({
  name: 'account',
  actions: accountActions,
  seedDemo: seedPersonas,
  sealedColumns: [
    { table: 'members', column: 'id_number_enc' },
    { table: 'members', column: 'phone_enc' },
  ],
});
