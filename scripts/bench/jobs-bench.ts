import { addDays } from '../../src/domain/business-date';
import { DEFAULT_JOBS_POLICY } from '../../src/domain/jobs/jobs-policy';
import type { PostingFields } from '../../src/domain/jobs/posting-rules';
import { CATEGORY_CODES, PAY_UNIT_CODES, POSTING_TYPE_CODES } from '../../src/domain/jobs/vocabulary';
import { SEARCH_INDEX_SETTING } from '../../server/features/gig-jobs/jobs-migrations';
import { postingRow } from '../../server/features/gig-jobs/posting-record';
import { refreshSearchIndex } from '../../server/features/gig-jobs/search-maintenance';
import type { JobPostingRecord } from '../../server/db/schema';
import { benchResidents, roundByRound, timed, type BenchSection } from './harness';

const POSTINGS = Number(process.env.BENCH_JOBS_POSTINGS ?? 100_000);
const BATCH = 500;
const CALLS = 600;

const JOB_WORDS = ['保洁员', '钟点工', '搬运工', '装卸工', '分拣员', '送货司机', '建筑小工', '瓦工', '钢筋工', '水电工', '帮厨', '洗碗工', '服务员', '养老护理员', '护工', '育婴员', '月嫂', '理货员', '收银员', '促销员', '采摘工', '包装工', '仓库管理员', '保安员', '绿化工', '电焊工', '木工', '油漆工', '快递员', '装修小工'];
const PLACES = ['长青小区', '天馨花园', '圣一富苑', '阳光花园', '锦绣花园', '宝捷精品', '欧陆印象', '在水一方', '宝捷金座', '盛宇华庭', '金都盛世', '育才小区', '物流园区', '火车站货场', '新城区', '营城子镇', '小孤山镇', '伊丹镇', '马鞍山镇', '景台镇'];
const SUFFIXES = ['', '（日结）', '（长期）', '急招', '包吃住', '（周末）'];
const EMPLOYERS = [
  { id: 'emp-anxin', name: '伊通县安心家政服务有限公司' },
  { id: 'emp-xinyuan', name: '伊通县鑫源物流有限公司' },
  { id: 'emp-fuxing', name: '伊通县福星建筑工程有限公司' },
  { id: 'emp-kangning', name: '伊通县康宁养老院' },
  { id: 'emp-manxiang', name: '伊通满乡风味饭店' },
  { id: 'emp-hongfeng', name: '伊通县红丰果蔬种植专业合作社' },
  { id: 'emp-wanjia', name: '万家福超市伊通店' },
];
const TOWN = { lat: 43.3452, lng: 125.3068 };

/** A small deterministic generator, so every run searches the same county. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * 零工驿站: 100,000 postings loaded straight into the database in batches (the FTS5
 * triggers or the GIN index keep the keyword index current; statistics refreshed after),
 * then keyword, filtered and nearest-first searches and applications over HTTP.
 */
export const jobsBench: BenchSection = {
  name: 'jobs',
  async prepare(host, { today, accounts }) {
    const random = lcg(20231001);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const now = host.clock.now();
    const started = performance.now();
    const rows: JobPostingRecord[] = [];
    for (let i = 0; i < POSTINGS; i += 1) {
      const word = pick(JOB_WORDS);
      const unit = pick(PAY_UNIT_CODES);
      // Half the county's postings are in town, within about 3 km; the rest across the townships.
      const inTown = random() < 0.5;
      const lat = inTown ? TOWN.lat + (random() - 0.5) * 0.05 : 43.15 + random() * 0.4;
      const lng = inTown ? TOWN.lng + (random() - 0.5) * 0.07 : 125.0 + random() * 0.55;
      const pay = unit === 'hour' ? 1500 + Math.floor(random() * 2000) : unit === 'day' ? 10000 + Math.floor(random() * 20000) : unit === 'month' ? 250000 + Math.floor(random() * 400000) : 20 + Math.floor(random() * 300);
      const roll = random();
      const status: JobPostingRecord['status'] = roll < 0.05 ? 'pending_review' : roll < 0.08 ? 'filled' : 'published';
      const employer = pick(EMPLOYERS);
      const fields: PostingFields = {
        title: `${pick(PLACES)}${word}${pick(SUFFIXES)}`,
        description: `${word}，${pick(PLACES)}附近，${random() < 0.5 ? '身体健康' : '有经验优先'}`,
        category: pick(CATEGORY_CODES),
        type: pick(POSTING_TYPE_CODES),
        pay,
        payUnit: unit,
        sameDayPay: unit !== 'month' && random() < 0.5,
        place: `伊通县${pick(PLACES)}`,
        lat: Math.round(lat * 1e6) / 1e6,
        lng: Math.round(lng * 1e6) / 1e6,
        headcount: 1 + Math.floor(random() * 10),
        requirements: { minAge: 18, maxAge: 60, skills: [], note: '' },
        workDates: null,
        workHours: '',
        contactName: '招聘负责人',
        contactPhone: '13900000000',
        // One in twenty is past its date but not yet recorded expired: search must drop it by date.
        validThrough: addDays(today, random() < 0.05 ? -1 - Math.floor(random() * 10) : Math.floor(random() * 60)),
      };
      const postedAt = status === 'pending_review' ? null : new Date(now.getTime() - Math.floor(random() * 30 * 86400_000)).toISOString();
      rows.push(
        postingRow(fields, {
          id: `job_bench_${String(i).padStart(6, '0')}`,
          employer: { ...employer, stationId: 'gs-yitong' },
          status,
          source: 'import',
          createdBy: null,
          at: postedAt ?? now.toISOString(),
          postedAt,
          seal: host.app.vault.encrypt,
          policy: DEFAULT_JOBS_POLICY,
        }),
      );
    }
    // Oldest first: publication numbers (newest-first order) follow the publication times.
    rows.sort((a, b) => (a.posted_at ?? '').localeCompare(b.posted_at ?? ''));
    for (let i = 0; i < rows.length; i += BATCH * 20) {
      await host.app.db.transaction().execute(async (trx) => {
        for (let j = i; j < Math.min(rows.length, i + BATCH * 20); j += BATCH) await trx.insertInto('job_postings').values(rows.slice(j, j + BATCH)).execute();
      });
    }
    await refreshSearchIndex(host.app.db);
    const loaded = (performance.now() - started) / 1000;
    const index = await host.app.db.selectFrom('app_settings').select('value').where('key', '=', SEARCH_INDEX_SETTING).executeTakeFirst();
    console.log(`  jobs: ${POSTINGS.toLocaleString('en')} postings loaded and indexed in ${loaded.toFixed(1)} s (keyword index: ${index?.value})`);
    // SQLite's load blocked the event loop past the host's keep-alive timeout: let the client
    // see its idle connections close before calling again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (let i = 0; i < 32; i += 1) await host.raw('/healthz').then((r) => r.text(), () => undefined);

    const keywords = ['保洁员', '装卸工', '养老护理员', '育婴员', '建筑小工', '仓库管理员', '长青小区', '包吃住'];
    const shortKeywords = ['保洁', '搬运', '帮厨', '护工', '月嫂', '瓦工'];
    const near = (i: number) => ({ lat: TOWN.lat + ((i % 7) - 3) * 0.004, lng: TOWN.lng + ((i % 5) - 2) * 0.005 });
    const search = (data: Record<string, unknown>) => () => host.call('jobs', 'search', data);

    const listed = await host.app.db
      .selectFrom('job_postings')
      .select('id')
      .where('status', '=', 'published')
      .where('valid_through', '>=', addDays(today, 1))
      .orderBy('id')
      .limit(accounts * 3)
      .execute();
    const people = await benchResidents(host, 'bench-jobs', accounts);
    const applies = roundByRound(people, 3, (p, i, k) => () => host.call('jobs', 'apply', { postingId: listed[(i * 3 + k) % listed.length].id, memberId: p.memberId }, { token: p.token }));

    const measures = [
      { label: 'jobs.search keyword', calls: Array.from({ length: CALLS }, (_, i) => search({ keyword: keywords[i % keywords.length] })) },
      { label: 'jobs.search 2-char', calls: Array.from({ length: CALLS }, (_, i) => search({ keyword: shortKeywords[i % shortKeywords.length] })) },
      {
        label: 'jobs.search filters',
        calls: Array.from({ length: CALLS }, (_, i) => search({ category: CATEGORY_CODES[i % CATEGORY_CODES.length], sameDayPay: true, minPay: 12000, payUnit: 'day', ...near(i), radiusKm: 10 })),
      },
      { label: 'jobs.search nearest', calls: Array.from({ length: CALLS }, (_, i) => search({ ...near(i), radiusKm: 5, sort: 'nearest' })) },
      { label: 'jobs.apply', calls: applies },
    ];
    // Warm the statement paths and the page cache the way the harness warms /healthz.
    for (const measure of measures.slice(0, 4)) await timed(measure.calls.slice(0, 100), 16);
    return measures;
  },
  async after(host) {
    const staff = await host.login('station-staff');
    const event = await host.call('jobs', 'publishEvent', { kind: 'training', title: '压测培训班', startsAt: new Date(host.clock.now().getTime() + 7 * 86400_000).toISOString(), place: '培训室', seats: 3 }, { token: staff });
    if (!event.body.ok) throw new Error(`publishEvent: ${event.body.error.code}`);
    const racers = await benchResidents(host, 'race-jobs', 50, 1950);
    const race = await Promise.all(racers.map((p) => host.call('jobs', 'enroll', { eventId: (event.body as { data: { id: string } }).data.id, memberId: p.memberId }, { token: p.token })));
    const won = race.filter((r) => r.body.ok).length;
    const full = race.filter((r) => !r.body.ok && r.body.error.code === 'EVENT_FULL').length;
    return [`jobs race: 50 people for a 3-seat class: ${won} enrolled, ${full} EVENT_FULL`];
  },
};
