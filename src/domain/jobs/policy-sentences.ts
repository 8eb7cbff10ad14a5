import { inclusiveEnd, monthDay } from '../date-wording';
import type { JobsPolicy } from './jobs-policy';

/**
 * The station's rules in words, built from the configured numbers so a changed number
 * never leaves an old one in a sentence.
 */
export const jobsSentences = {
  validThrough: (date: string) => `有效期至${inclusiveEnd(date)}`,

  maxValidity: (p: Pick<JobsPolicy, 'maxValidDays'>, latest: string) => `有效期最长${p.maxValidDays}天，最晚${inclusiveEnd(latest)}`,

  minAge: (p: Pick<JobsPolicy, 'minWorkingAge'>) => `招用人员年龄不得低于${p.minWorkingAge}周岁`,

  reminder: (p: Pick<JobsPolicy, 'reminderHoursBefore'>) => `活动开始前${p.reminderHoursBefore}小时内发送提醒`,

  importReview: (p: Pick<JobsPolicy, 'importPublishes'>) =>
    p.importPublishes ? '导入的岗位已在省级公共就业服务平台审核，导入后直接发布' : '导入的岗位进入待审核，审核通过后发布',

  contactAfterApplying: '报名后可查看联系人和电话',

  closedBecause: (status: 'filled' | 'expired' | 'withdrawn', validThrough: string) =>
    status === 'filled' ? '该岗位已招满' : status === 'expired' ? `该岗位已于${monthDay(validThrough)}过期` : '该岗位已被用工单位撤回',
};
