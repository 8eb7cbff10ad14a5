import type { Kysely } from 'kysely';
import { addDays } from '../../../src/domain/business-date';
import type { Dish } from '../../../src/domain/canteen/contract';
import type { Meal } from '../../../src/domain/canteen/meals';
import type { CanteenMenuTable, Database } from '../../db/schema';
import { CANTEENS } from '../places/places';

const FIRST_CANTEEN_ID = CANTEENS[0].id;

/** A dish with its keys in the order the publish schema gives them (stored JSON compares equal). */
const dish = (name: string, category: Dish['category'], tags: Dish['tags'] = [], allergens: Dish['allergens'] = []): Dish => ({ name, category, tags, allergens });

/** What a Jilin county canteen cooks: 东北家常菜, soft dishes for old teeth, porridge and 发糕. */
const D = {
  xiaomiZhou: dish('小米粥', '主食', ['软烂', '低糖']),
  dami: dish('大米饭', '主食'),
  ermi: dish('二米饭', '主食', ['低糖']),
  fagao: dish('玉米面发糕', '点心', ['软烂'], ['小麦']),
  mantou: dish('馒头', '主食', [], ['小麦']),
  huajuan: dish('花卷', '主食', [], ['小麦']),
  youtiao: dish('油条', '点心', [], ['小麦']),
  niandoubao: dish('黏豆包', '点心', ['软烂']),
  chayedan: dish('茶叶蛋', '荤', [], ['鸡蛋']),
  jidangeng: dish('鸡蛋羹', '荤', ['软烂', '低盐'], ['鸡蛋']),
  doujiang: dish('豆浆', '汤', ['低糖'], ['大豆']),
  doufunao: dish('豆腐脑', '汤', ['软烂'], ['大豆']),
  tudousi: dish('凉拌土豆丝', '素', ['低糖']),
  xiaoji: dish('小鸡炖蘑菇', '荤', ['软烂']),
  suancai: dish('酸菜白肉炖粉条', '荤', ['软烂']),
  guobaorou: dish('锅包肉', '荤'),
  liuroududan: dish('溜肉段', '荤'),
  luandun: dish('东北乱炖', '荤', ['软烂']),
  paigu: dish('排骨炖豆角', '荤', ['软烂']),
  niurou: dish('土豆炖牛肉', '荤', ['软烂', '清真']),
  liyu: dish('清蒸鲤鱼', '荤', ['低盐'], ['鱼']),
  muxurou: dish('木须肉', '荤', [], ['鸡蛋']),
  disanxian: dish('地三鲜', '素'),
  jiachangdoufu: dish('家常豆腐', '素', [], ['大豆']),
  baicaidoufu: dish('白菜炖豆腐', '素', ['软烂', '低盐'], ['大豆']),
  xihongshi: dish('西红柿炒鸡蛋', '素', ['软烂'], ['鸡蛋']),
  ganDoufu: dish('尖椒干豆腐', '素', [], ['大豆']),
  qiezi: dish('红烧茄子', '素', ['软烂']),
  xilanhua: dish('蒜蓉西兰花', '素', ['低盐', '低糖']),
  doufuTang: dish('白菜豆腐汤', '汤', ['低盐'], ['大豆']),
  zicaiTang: dish('紫菜蛋花汤', '汤', [], ['鸡蛋']),
  luoboTang: dish('萝卜丝汤', '汤', ['低盐', '低糖']),
  dongguaTang: dish('冬瓜汤', '汤', ['低盐', '低糖']),
};

/** One set per weekday (Sunday first): 五个菜随便选 at one price. */
const WEEK: Record<Meal, Dish[][]> = {
  breakfast: [
    [D.xiaomiZhou, D.fagao, D.chayedan, D.tudousi, D.doujiang],
    [D.xiaomiZhou, D.mantou, D.jidangeng, D.tudousi, D.doufunao],
    [D.xiaomiZhou, D.youtiao, D.chayedan, D.doujiang, D.huajuan],
    [D.xiaomiZhou, D.niandoubao, D.jidangeng, D.tudousi, D.doujiang],
    [D.xiaomiZhou, D.fagao, D.chayedan, D.doufunao, D.mantou],
    [D.xiaomiZhou, D.huajuan, D.jidangeng, D.tudousi, D.doujiang],
    [D.xiaomiZhou, D.youtiao, D.chayedan, D.doufunao, D.fagao],
  ],
  lunch: [
    [D.xiaoji, D.guobaorou, D.disanxian, D.baicaidoufu, D.dami, D.fagao, D.doufuTang],
    [D.suancai, D.muxurou, D.xihongshi, D.xilanhua, D.dami, D.mantou, D.luoboTang],
    [D.luandun, D.liuroududan, D.jiachangdoufu, D.qiezi, D.ermi, D.fagao, D.zicaiTang],
    [D.niurou, D.xiaoji, D.ganDoufu, D.xilanhua, D.dami, D.huajuan, D.dongguaTang],
    [D.paigu, D.guobaorou, D.disanxian, D.xihongshi, D.ermi, D.fagao, D.doufuTang],
    [D.liyu, D.suancai, D.baicaidoufu, D.qiezi, D.dami, D.mantou, D.luoboTang],
    [D.xiaoji, D.muxurou, D.disanxian, D.jiachangdoufu, D.dami, D.fagao, D.zicaiTang],
  ],
  dinner: [
    [D.luandun, D.xihongshi, D.xilanhua, D.xiaomiZhou, D.mantou],
    [D.paigu, D.baicaidoufu, D.qiezi, D.xiaomiZhou, D.fagao],
    [D.suancai, D.disanxian, D.xilanhua, D.xiaomiZhou, D.huajuan],
    [D.muxurou, D.jiachangdoufu, D.qiezi, D.xiaomiZhou, D.mantou],
    [D.niurou, D.baicaidoufu, D.xihongshi, D.xiaomiZhou, D.fagao],
    [D.xiaoji, D.ganDoufu, D.xilanhua, D.xiaomiZhou, D.huajuan],
    [D.liyu, D.disanxian, D.baicaidoufu, D.xiaomiZhou, D.mantou],
  ],
};

/** The village canteens' lunch: a smaller set of four. */
const VILLAGE_LUNCH: Dish[][] = [
  [D.xiaoji, D.disanxian, D.dami, D.doufuTang],
  [D.suancai, D.xihongshi, D.dami, D.luoboTang],
  [D.luandun, D.baicaidoufu, D.ermi, D.zicaiTang],
  [D.paigu, D.jiachangdoufu, D.dami, D.dongguaTang],
  [D.guobaorou, D.qiezi, D.ermi, D.doufuTang],
  [D.muxurou, D.disanxian, D.dami, D.luoboTang],
  [D.xiaoji, D.baicaidoufu, D.dami, D.zicaiTang],
];

/** Set prices (fen) and places of the demo menus: 永胜 cooks 300 a day, the villages 80. */
const FIRST_CANTEEN = { breakfast: { price: 400, capacity: 80 }, lunch: { price: 1200, capacity: 150 }, dinner: { price: 1000, capacity: 70 } } as const;
const VILLAGE = { price: 1000, capacity: 80 };

export const demoMenuId = (canteenId: string, date: string, meal: Meal) => `menu_${canteenId}_${date.replace(/-/g, '')}_${meal}`;

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * Keeps a published menu for every meal every canteen serves from `fromDate` for `days`
 * days (the development stand-in for the canteens' own publishing). Idempotent: a meal
 * already published, or edited by a manager, is left as it is. Answers how many it added.
 */
export async function ensureDemoMenus(db: Kysely<Database>, fromDate: string, days: number, now: Date): Promise<number> {
  const hours = await db.selectFrom('canteen_meal_hours').select(['canteen_id as canteenId', 'meal']).execute();
  const at = now.toISOString();
  let added = 0;
  for (let d = 0; d < days; d += 1) {
    const date = addDays(fromDate, d);
    const weekday = weekdayOf(date);
    const rows: CanteenMenuTable[] = hours.map(({ canteenId, meal }) => {
      const village = canteenId !== FIRST_CANTEEN_ID;
      const dishes = village && meal === 'lunch' ? VILLAGE_LUNCH[weekday] : WEEK[meal][weekday];
      const { price, capacity } = village ? VILLAGE : FIRST_CANTEEN[meal];
      return { id: demoMenuId(canteenId, date, meal), canteen_id: canteenId, date, meal, price, capacity, ordered: 0, dishes: JSON.stringify(dishes), published_by: null, created_at: at, updated_at: at };
    });
    if (rows.length === 0) continue;
    const r = await db
      .insertInto('canteen_menus')
      .values(rows)
      .onConflict((oc) => oc.columns(['canteen_id', 'date', 'meal']).doNothing())
      .executeTakeFirst();
    added += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}
