import { createApp } from '../app';
import { loadConfig } from '../config';
import { seedDatabase } from '../db/seed/seed';

/** `npm run seed`: migrate and (re)apply the idempotent seed. */
async function main() {
  const app = await createApp({ ...loadConfig(), log: false });
  await seedDatabase(app.db, app.clock);
  const counts = await Promise.all(
    (['hospitals', 'campuses', 'departments', 'communities', 'heat_stations', 'canteens', 'gig_stations', 'accounts'] as const).map(async (table) => {
      const row = await app.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      return `${table}=${Number(row.n)}`;
    }),
  );
  console.log(`seeded (${app.engine}): ${counts.join(' ')}`);
  await app.close();
}

main().catch((error) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
