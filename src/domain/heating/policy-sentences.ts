import { monthDay } from '../date-wording';
import { COMPLAINT_CATEGORIES, categoryLabel, type ComplaintCategory } from './categories';
import type { HeatingPolicy } from './heating-policy';
import type { RefundTierView } from './refund-tier';
import { spansNewYear } from './season';

/** Month-day of a season boundary: '10-20' → '10月20日'. */
const seasonDay = (md: string) => monthDay(`2000-${md}`);

const formatCelsius = (c: number) => `${c.toFixed(1).replace(/\.0$/, '')}℃`;

/**
 * The heating rules in words, built from the configured numbers (never written into a
 * sentence by hand). The server uses them in answers and messages; the app with the
 * policy the `communities` action returns.
 */
export const heatingSentences = {
  /** '供暖期为每年10月20日至次年4月10日（含）'. */
  season: (p: Pick<HeatingPolicy, 'season'>) =>
    `供暖期为每年${seasonDay(p.season.start)}至${spansNewYear(p.season) ? '次年' : ''}${seasonDay(p.season.end)}（含）`,

  /** Why a heat complaint is refused out of season, and what is still taken. */
  outOfSeason: (p: Pick<HeatingPolicy, 'season'>, category: ComplaintCategory) => {
    const allYear = Object.values(COMPLAINT_CATEGORIES).filter((c) => !c.seasonal).map((c) => c.label);
    return `${categoryLabel(category)}只在供暖期内受理，${heatingSentences.season(p)}；${allYear.join('、')}全年受理`;
  },

  /** The time limits that run once a complaint is sent: '2小时内受理，24小时内上门测温'. */
  deadlines: (p: Pick<HeatingPolicy, 'acceptHours' | 'measureHours' | 'resolveHours'>, category: ComplaintCategory) =>
    [`${p.acceptHours}小时内受理`, `${p.measureHours}小时内上门测温`, ...(COMPLAINT_CATEGORIES[category].repairDeadline ? [`${p.resolveHours}小时内修复`] : [])].join('，'),

  /** The standard the crew measures against: '室内温度不低于18℃'. */
  standard: (p: Pick<HeatingPolicy, 'standardCelsius'>) => `供暖期内室内温度应不低于${formatCelsius(p.standardCelsius)}（《吉林省城市供热条例》）`,

  /** The reference refund for a measured temperature below the standard. */
  refund: (measuredCelsius: number, tier: RefundTierView, p: Pick<HeatingPolicy, 'standardCelsius'>) =>
    `实测${formatCelsius(measuredCelsius)}，低于${formatCelsius(p.standardCelsius)}，参考退费：当月供热费的${tier.percent}%`,

  /** The tiers as a table line: '16℃至18℃退30%；14℃至16℃退60%；14℃以下退100%'. */
  refundTiers: (p: Pick<HeatingPolicy, 'refundTiers'>) => {
    const tiers = [...p.refundTiers].sort((a, b) => b.belowCelsius - a.belowCelsius);
    return tiers
      .map((t, i) => {
        const next = tiers[i + 1];
        const range = next ? `${formatCelsius(next.belowCelsius)}至${formatCelsius(t.belowCelsius)}` : `${formatCelsius(t.belowCelsius)}以下`;
        return `${range}退当月供热费的${t.percent}%`;
      })
      .join('；');
  },

  reopenRule: (p: Pick<HeatingPolicy, 'reopenDays' | 'autoCloseHours'>) =>
    `已处理后${p.reopenDays}天内可申请重新处理；${p.autoCloseHours}小时内未确认也未申请重新处理的，将自动办结`,

  celsius: formatCelsius,
};

/** How to measure so that the reading counts (shown beside the reading field). */
export const MEASURING_GUIDE = ['关闭门窗30分钟后测量', '温度计放在房间中央、离地1.5米高处', '远离暖气片、空调和阳光直射'];
