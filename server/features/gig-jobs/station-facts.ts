import { CANTEENS, COMMUNITIES, COMMUNITY_LOCATIONS } from '../places/places';

/**
 * The station's facts beyond what the places list holds. Hours and phone are placeholders
 * until the station confirms them (like the hospitals' phones); the figures are what the
 * county reported in the source article, kept as reference, never mixed with live counts.
 */
export const STATION_FACTS = {
  'gs-yitong': {
    // Day labourers gather at dawn: the station opens for the morning gig market.
    hours: '每天 5:30–17:00（早市 5:30–8:00 对接日结零工）',
    phone: '0434-4213366',
    latitude: 43.3461,
    longitude: 125.3049,
  },
} as const;

export const REPORTED_FIGURES = {
  positions: 2592,
  classes: 64,
  trainees: 2672,
  caregivers: 346,
  source: '伊通县“9+N暖民心行动”通报：零工驿站自2023年9月开站以来收集岗位2592个，举办培训班64期、培训2672人，其中养老护理员、育婴员346人',
} as const;

/**
 * Where a seeker without location services (or who would rather not share it) can search
 * around: the county town, each township, and the town's communities (小区), so a day
 * labourer can say "near 长青小区" as he would to a neighbour.
 */
export const SEARCH_AREAS: ReadonlyArray<{ name: string; lat: number; lng: number; kind: 'town' | 'community' }> = [
  { name: '伊通镇（县城）', lat: 43.3452, lng: 125.3068, kind: 'town' },
  ...CANTEENS.filter((c) => !c.name.startsWith('伊通镇') && c.id !== 'cn-yongsheng').map((c) => ({ name: c.address, lat: c.latitude, lng: c.longitude, kind: 'town' as const })),
  ...COMMUNITIES.flatMap((c) => {
    const at = COMMUNITY_LOCATIONS[c.id];
    return at ? [{ name: c.name, lat: at.latitude, lng: at.longitude, kind: 'community' as const }] : [];
  }),
];
