import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';
import { heatingSentences } from './policy-sentences';

describe('heating rules in words', () => {
  it('name the default season with its inclusive end', () => {
    expect(heatingSentences.season(policy)).toBe('供暖期为每年10月20日至次年4月10日（含）');
  });

  it('refuse a cold-room complaint out of season naming the season and what is taken all year', () => {
    expect(heatingSentences.outOfSeason(policy, 'temperature')).toBe('室温不达标只在供暖期内受理，供暖期为每年10月20日至次年4月10日（含）；漏水、噪音、其他全年受理');
  });

  it('word the limits that start running, with the repair limit for an outage only', () => {
    expect(heatingSentences.deadlines(policy, 'temperature')).toBe('2小时内受理，24小时内上门测温');
    expect(heatingSentences.deadlines(policy, 'no_heat')).toBe('2小时内受理，24小时内上门测温，48小时内修复');
  });

  it('follow the configured numbers, never the defaults', () => {
    const tuned = { ...policy, season: { start: '11-01', end: '03-31' }, acceptHours: 1, measureHours: 12, reopenDays: 5, autoCloseHours: 48 };
    expect(heatingSentences.season(tuned)).toBe('供暖期为每年11月1日至次年3月31日（含）');
    expect(heatingSentences.deadlines(tuned, 'temperature')).toBe('1小时内受理，12小时内上门测温');
    expect(heatingSentences.reopenRule(tuned)).toBe('已处理后5天内可申请重新处理；48小时内未确认也未申请重新处理的，将自动办结');
  });

  it('word the refund for a measurement and the tiers', () => {
    expect(heatingSentences.refund(15.5, { percent: 60, belowCelsius: 16 }, policy)).toBe('实测15.5℃，低于18℃，参考退费：当月供热费的60%');
    expect(heatingSentences.refundTiers(policy)).toBe('16℃至18℃退当月供热费的30%；14℃至16℃退当月供热费的60%；14℃以下退当月供热费的100%');
  });
});
