import { DEFAULT_CLINIC_POLICY } from './clinic-policy';
import { clinicSentences } from './policy-sentences';

describe('clinic policy sentences', () => {
  it('word the default no-show rule as the hospitals publish it', () => {
    expect(clinicSentences.noShowRule(DEFAULT_CLINIC_POLICY)).toBe('90天内爽约3次将暂停预约30天');
  });

  it('follow the configured numbers, never the defaults', () => {
    const policy = { ...DEFAULT_CLINIC_POLICY, noShowLimit: 2, noShowWindowDays: 60, suspensionDays: 14 };
    expect(clinicSentences.freeCancellation(policy)).toContain('60天内爽约2次将暂停预约14天');
    expect(clinicSentences.dailyLimit({ perMemberPerDay: 2 })).toBe('每位就诊人每天最多预约2个号');
  });

  it('say inclusive ends with （含）', () => {
    expect(clinicSentences.freeRevisitWindow('2026-12-03')).toBe('至12月3日（含），同一疾病复诊免挂号费、诊察费');
    expect(clinicSentences.suspended(DEFAULT_CLINIC_POLICY, '2027-01-05')).toContain('暂停预约至1月5日（含）');
  });
});
