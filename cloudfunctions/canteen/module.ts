import { businessDate } from '../../src/domain/business-date';
import { defineServiceModule } from '../../server/core/service-module';
import { inTransaction } from '../../server/db/transaction';
import { canteenMigrations } from '../../server/features/canteen/canteen-migrations';
import { canteensJsonLd } from '../../server/features/canteen/canteen-routes';
import { canteenServices } from '../../server/features/canteen/canteen-services';
import { ensureDemoMenus } from '../../server/features/canteen/demo-menus';
import { seedCanteenDemo, seedCanteenReference } from '../../server/features/canteen/seed-canteen';
import { canteenActions } from './actions';

/** 助老餐厅: canteens within a 15-minute walk, daily menus, each diner's own price, family pre-ordering. */
export const canteenModule = defineServiceModule({
  name: 'canteen',
  actions: canteenActions,
  migrations: canteenMigrations,
  seedReference: seedCanteenReference,
  seedDemo: seedCanteenDemo,
  jobs: [
    {
      // A verification holds through its expiry date (China time); the day after, it is expired.
      name: 'canteen-expire-claims',
      everyMinutes: 60,
      run: (app, at) => inTransaction(app.db, (db) => canteenServices({ app, db, now: at, identity: null }).claims().expireEnded()),
    },
    {
      // The development stand-in for the canteens' own publishing: keep the week of menus filled.
      name: 'canteen-demo-menus',
      everyMinutes: 60,
      demoOnly: true,
      run: (app, at) => ensureDemoMenus(app.db, businessDate(at), app.config.canteen.menuDays, at),
    },
  ],
  httpRoutes: [canteensJsonLd],
  memberHistory: [
    { table: 'canteen_orders', memberColumn: 'member_id' },
    { table: 'canteen_group_claims', memberColumn: 'member_id' },
  ],
});
