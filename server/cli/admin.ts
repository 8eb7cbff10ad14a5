import { createApp } from '../app';
import { loadConfig } from '../config';
import { accountRepository } from '../features/account/account-repository';
import { personaOpenid } from '../features/account/personas';

export const ROLES = ['resident', 'hospital_admin', 'heating_dispatcher', 'canteen_manager', 'station_staff', 'employer', 'official'] as const;

const USAGE = `usage:
  npm run admin -- grant <openid|persona:NAME> <role> [scope]
  npm run admin -- revoke <openid|persona:NAME> <role> [scope]
  npm run admin -- roles <openid|persona:NAME>
roles: ${ROLES.join(', ')}`;

/** Roles are granted only here, by an operator with database access; no action can grant one. */
async function main(argv: string[]) {
  const [command, who, role, scope = ''] = argv;
  if (!command || !who || !['grant', 'revoke', 'roles'].includes(command)) {
    console.error(USAGE);
    process.exit(2);
  }
  if (command !== 'roles' && !(ROLES as readonly string[]).includes(role ?? '')) {
    console.error(`unknown role "${role ?? ''}"\n${USAGE}`);
    process.exit(2);
  }
  const app = await createApp({ ...loadConfig(), log: false });
  try {
    const accounts = accountRepository(app.db);
    const openid = who.startsWith('persona:') ? personaOpenid(who.slice('persona:'.length)) : who;
    const account = command === 'grant' ? await accounts.findOrCreate(openid, app.clock.now()) : await accounts.findByOpenid(openid);
    if (!account) {
      console.error(`no account with openid ${openid}`);
      process.exitCode = 1;
      return;
    }
    if (command === 'grant') await accounts.grantRole(account.id, role, scope, app.clock.now());
    if (command === 'revoke' && (await accounts.revokeRole(account.id, role, scope)) === 0) console.error('that role was not granted');
    const roles = await accounts.rolesOf(account.id);
    console.log(`${openid}: ${roles.map((r) => (r.scope ? `${r.role}(${r.scope})` : r.role)).join(', ')}`);
  } finally {
    await app.close();
  }
}

void main(process.argv.slice(2));
