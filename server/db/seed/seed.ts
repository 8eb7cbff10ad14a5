import type { SeedContext, ServiceModule } from '../../core/service-module';
import { inTransaction } from '../transaction';

const marker = (kind: 'reference' | 'demo', module: string) => `seeded:${kind}:${module}`;

/**
 * Reference data (places every installation needs) for every module, and demo data
 * (personas, demo schedules and menus) only where demo data is on, i.e. where dev login
 * is: never in production. Each module's part runs once per database (a marker in
 * app_settings) unless `force` (npm run seed); every part is idempotent anyway.
 */
export async function seedModules(ctx: SeedContext, modules: ServiceModule[], options: { demo: boolean; force?: boolean }): Promise<void> {
  const done = new Set((await ctx.db.selectFrom('app_settings').select('key').where('key', 'like', 'seeded:%').execute()).map((r) => r.key));
  const parts = modules.flatMap((m) => [
    { key: marker('reference', m.name), run: m.seedReference },
    { key: marker('demo', m.name), run: options.demo ? m.seedDemo : undefined },
  ]);
  for (const part of parts) {
    if (!part.run || (done.has(part.key) && !options.force)) continue;
    const run = part.run;
    await inTransaction(ctx.db, async (trx) => {
      await run({ ...ctx, db: trx });
      await trx
        .insertInto('app_settings')
        .values({ key: part.key, value: ctx.clock.now().toISOString() })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: ctx.clock.now().toISOString() }))
        .execute();
    });
  }
}
