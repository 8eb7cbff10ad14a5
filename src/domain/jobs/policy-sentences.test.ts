import { DEFAULT_JOBS_POLICY } from './jobs-policy';
import { jobsSentences } from './policy-sentences';

describe('the station’s rules in words', () => {
  it('words the valid-through date as an inclusive end', () => {
    expect(jobsSentences.validThrough('2026-12-31')).toBe('有效期至12月31日（含）');
  });

  it('follows the configured numbers', () => {
    expect(jobsSentences.maxValidity({ maxValidDays: 30 }, '2026-12-31')).toBe('有效期最长30天，最晚12月31日（含）');
    expect(jobsSentences.reminder({ reminderHoursBefore: 12 })).toBe('活动开始前12小时内发送提醒');
    expect(jobsSentences.minAge(DEFAULT_JOBS_POLICY)).toBe('招用人员年龄不得低于16周岁');
  });

  it('says where imported postings go', () => {
    expect(jobsSentences.importReview({ importPublishes: true })).toContain('直接发布');
    expect(jobsSentences.importReview({ importPublishes: false })).toContain('待审核');
  });
});
