import { createApp } from '../app';
import { loadConfig } from '../config';
import { seedModules } from '../db/seed/seed';

/** `npm run seed`: migrate and (re)apply the idempotent seed: reference data, and demo data where dev login is on. */
async function main() {
  const config = { ...loadConfig(), log: false };
  const app = await createApp(config);
  await seedModules({ db: app.db, clock: app.clock, vault: app.vault }, app.modules, { demo: config.demoData, force: true });
  const counts = await Promise.all(
    (['hospitals', 'campuses', 'departments', 'communities', 'heat_stations', 'canteens', 'gig_stations', 'accounts'] as const).map(async (table) => {
      const row = await app.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      return `${table}=${Number(row.n)}`;
    }),
  );
  console.log(`seeded (${app.engine}${config.demoData ? ', with demo data' : ', reference data only'}): ${counts.join(' ')}`);
  await app.close();
}

main().catch((error) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
