import { inclusiveEnd, monthDay } from '../date-wording';
import type { ClinicPolicy } from './clinic-policy';

/**
 * The clinic's rules in words, built from the configured numbers, so a hospital that
 * changes a number never leaves an old number in a sentence. The server uses these in
 * answers and messages; the app uses them with the policy the `hospitals` action returns.
 */
export const clinicSentences = {
  noShowRule: (p: Pick<ClinicPolicy, 'noShowLimit' | 'noShowWindowDays' | 'suspensionDays'>) =>
    `${p.noShowWindowDays}天内爽约${p.noShowLimit}次将暂停预约${p.suspensionDays}天`,

  freeCancellation: (p: Pick<ClinicPolicy, 'noShowLimit' | 'noShowWindowDays' | 'suspensionDays'>) =>
    `就诊日0点前可免费取消；就诊当天不能取消，未就诊记为爽约，${clinicSentences.noShowRule(p)}。`,

  /** The last day a registration for this visit day can be cancelled free: the day before (inclusive). */
  cancelUntil: (visitDate: string, dayBefore: string) => `${inclusiveEnd(dayBefore)}可免费取消（${monthDay(visitDate)}0点起不能取消）`,

  release: (p: Pick<ClinicPolicy, 'bookingDaysAhead' | 'releaseTime'>) => `每天${p.releaseTime}放出第${p.bookingDaysAhead}天的号源`,

  suspended: (p: Pick<ClinicPolicy, 'noShowLimit' | 'noShowWindowDays'>, until: string) =>
    `该就诊人${p.noShowWindowDays}天内爽约${p.noShowLimit}次，暂停预约至${inclusiveEnd(until)}`,

  dailyLimit: (p: Pick<ClinicPolicy, 'perMemberPerDay'>) => `每位就诊人每天最多预约${p.perMemberPerDay}个号`,

  freeRevisitWindow: (freeRevisitUntil: string) => `至${inclusiveEnd(freeRevisitUntil)}，同一疾病复诊免挂号费、诊察费`,
};
