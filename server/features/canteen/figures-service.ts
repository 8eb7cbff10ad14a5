import type { CanteenFigures, CanteenStats, OrderCountsAnswer } from '../../../src/domain/canteen/contract';
import { RULE_CODES, type RuleCode } from '../../../src/domain/canteen/discount-groups';
import { mealLabel } from '../../../src/domain/canteen/meals';
import type { CanteenRepository } from './canteen-repository';
import { dishesOf, toMealHours } from './canteen-views';
import type { OrderRepository } from './order-repository';

export interface FiguresDeps {
  canteens: CanteenRepository;
  orders: OrderRepository;
}

const noRules = (): Record<RuleCode, number> => Object.fromEntries(RULE_CODES.map((code) => [code, 0])) as Record<RuleCode, number>;

const emptyFigures = (): CanteenFigures => ({ orders: 0, freeMeals: 0, discountedMeals: 0, byRule: noRules(), subsidy: 0 });

function add(into: CanteenFigures, row: { rule_code: RuleCode; n: number; full: number; paid: number }) {
  into.orders += row.n;
  into.byRule[row.rule_code] += row.n;
  if (row.rule_code === 'age_90_plus') into.freeMeals += row.n;
  else if (row.rule_code !== 'full') into.discountedMeals += row.n;
  into.subsidy += row.full - row.paid;
}

/** What the kitchen cooks (per meal and pricing rule) and what the county reports, from the live orders. */
export function figuresService({ canteens, orders }: FiguresDeps) {
  return {
    async orderCounts(canteenId: string, date: string): Promise<OrderCountsAnswer> {
      const [hours, menus, counts] = await Promise.all([canteens.mealHours([canteenId]), canteens.menusOfDay(canteenId, date), orders.countsOfDay(canteenId, date)]);
      const meals = toMealHours(hours).map(({ meal }) => {
        const menu = menus.find((m) => m.meal === meal);
        const byRule = noRules();
        let takings = 0;
        for (const c of counts.filter((row) => row.meal === meal)) {
          byRule[c.rule_code] += Number(c.n);
          takings += Number(c.takings ?? 0);
        }
        const ordered = Object.values(byRule).reduce((sum, n) => sum + n, 0);
        return {
          meal,
          mealLabel: mealLabel(meal),
          published: menu !== undefined,
          capacity: menu?.capacity ?? 0,
          ordered,
          remaining: menu ? Math.max(0, menu.capacity - menu.ordered) : 0,
          byRule,
          takings,
          dishes: menu ? dishesOf(menu) : [],
        };
      });
      return { canteenId, date, meals };
    },

    /** Meals ordered, free meals for 90+, discounted meals by rule and the subsidy: county-wide, per canteen, per day. */
    async stats(from: string, to: string): Promise<CanteenStats> {
      const [rows, list] = await Promise.all([orders.figures(from, to), canteens.canteens()]);
      const total = emptyFigures();
      const byCanteen = new Map(list.map((c) => [c.id, { canteenId: c.id, canteenName: c.name, ...emptyFigures() }]));
      const byDay = new Map<string, CanteenFigures & { date: string }>();
      for (const r of rows) {
        const row = { rule_code: r.rule_code, n: Number(r.n), full: Number(r.full ?? 0), paid: Number(r.paid ?? 0) };
        add(total, row);
        const canteen = byCanteen.get(r.canteen_id);
        if (canteen) add(canteen, row);
        if (!byDay.has(r.date)) byDay.set(r.date, { date: r.date, ...emptyFigures() });
        add(byDay.get(r.date)!, row);
      }
      return {
        from,
        to,
        ...total,
        byCanteen: [...byCanteen.values()].sort((a, b) => b.orders - a.orders),
        byDay: [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date)),
      };
    },
  };
}
