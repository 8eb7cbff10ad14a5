import type { StationView } from '../../../src/domain/jobs/contract';
import type { JobsPolicy } from '../../../src/domain/jobs/jobs-policy';
import { CATEGORIES, CATEGORY_CODES, EVENT_KINDS, EVENT_KIND_CODES, PAY_UNITS, PAY_UNIT_CODES, POSTING_TYPES, POSTING_TYPE_CODES } from '../../../src/domain/jobs/vocabulary';
import { AppError } from '../../core/errors';
import { REPORTED_FIGURES, SEARCH_AREAS } from './station-facts';
import type { StationRepository } from './station-repository';

/** 零工驿站 itself, with the words and numbers the app builds its forms and sentences from. */
export function stationService({ stations, policy }: { stations: StationRepository; policy: JobsPolicy }) {
  return {
    async station(): Promise<StationView> {
      const s = await stations.first();
      if (!s) throw new AppError('NOT_FOUND', '未找到零工驿站');
      return {
        id: s.id,
        name: s.name,
        address: s.address,
        openedOn: s.opened_on,
        services: s.services.split(',').filter(Boolean),
        amenities: s.amenities.split(',').filter(Boolean),
        hours: s.hours,
        phone: s.phone,
        lat: s.latitude,
        lng: s.longitude,
        reported: { ...REPORTED_FIGURES },
        searchAreas: [...SEARCH_AREAS],
        policy: { maxRadiusKm: policy.maxRadiusKm, pageSize: policy.pageSize, maxValidDays: policy.maxValidDays, reminderHoursBefore: policy.reminderHoursBefore },
        vocabulary: {
          categories: CATEGORY_CODES.map((code) => ({ code, label: CATEGORIES[code] })),
          types: POSTING_TYPE_CODES.map((code) => ({ code, label: POSTING_TYPES[code] })),
          payUnits: PAY_UNIT_CODES.map((code) => ({ code, label: PAY_UNITS[code].label, per: PAY_UNITS[code].per })),
          eventKinds: EVENT_KIND_CODES.map((code) => ({ code, label: EVENT_KINDS[code] })),
        },
      };
    },
  };
}
