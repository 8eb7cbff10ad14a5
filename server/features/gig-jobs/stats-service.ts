import { addDays, startOfBusinessDate } from '../../../src/domain/business-date';
import type { JobsStats } from '../../../src/domain/jobs/contract';
import { CATEGORIES, CATEGORY_CODES } from '../../../src/domain/jobs/vocabulary';
import type { StatsRepository } from './stats-repository';

/**
 * Figures for a period of business days (inclusive), computed live: station staff see
 * their stations, officials the whole county.
 */
export function statsService({ stats, stationIds }: { stats: StatsRepository; stationIds: string[] | null }) {
  return {
    async figures(input: { from: string; to: string }): Promise<JobsStats> {
      const from = startOfBusinessDate(input.from).toISOString();
      const until = startOfBusinessDate(addDays(input.to, 1)).toISOString();
      const [byCategory, events] = await Promise.all([stats.byCategory(from, until, stationIds), stats.events(from, until, stationIds)]);
      const rows = CATEGORY_CODES.map((category) => ({ category, categoryLabel: CATEGORIES[category], ...(byCategory.get(category) ?? { published: 0, applications: 0, hires: 0 }) }));
      const total = (key: 'published' | 'applications' | 'hires') => rows.reduce((sum, r) => sum + r[key], 0);
      return {
        from: input.from,
        to: input.to,
        published: total('published'),
        applications: total('applications'),
        hires: total('hires'),
        trainees: events.trainees,
        events: events.classes + events.fairs,
        classes: events.classes,
        fairs: events.fairs,
        fairVisitors: events.fairVisitors,
        byCategory: rows.filter((r) => r.published + r.applications + r.hires > 0),
      };
    },
  };
}
