import { businessDate, datesFrom } from '../../../src/domain/business-date';
import type { CanteenPolicy } from '../../../src/domain/canteen/canteen-policy';
import type { CanteensAnswer, CanteenSummary, CommunityPlace } from '../../../src/domain/canteen/contract';
import { canteenSentences } from '../../../src/domain/canteen/policy-sentences';
import { metresBetween, walkMinutes, withinCircle, type Point } from '../../../src/domain/canteen/walking';
import { AppError } from '../../core/errors';
import type { CanteenRepository } from './canteen-repository';
import { toMealHours } from './canteen-views';

export interface DirectoryDeps {
  canteens: CanteenRepository;
  policy: CanteenPolicy;
  now: Date;
}

/** n days from `from`, one after another. */

/** "Canteens near me": the 一刻钟助餐服务圈 from a location or a community. */
export function directoryService({ canteens, policy, now }: DirectoryDeps) {
  const today = businessDate(now);

  async function originOf(place: { lat?: number; lng?: number; communityId?: string }): Promise<{ point: Point; origin: CanteensAnswer['origin'] } | null> {
    if (place.lat !== undefined && place.lng !== undefined) return { point: { latitude: place.lat, longitude: place.lng }, origin: { kind: 'location' } };
    if (!place.communityId) return null;
    const community = await canteens.community(place.communityId);
    if (!community) throw new AppError('NOT_FOUND', '未找到该小区');
    if (community.latitude === null || community.longitude === null) throw new AppError('NOT_FOUND', '该小区暂无位置信息，请使用定位或选择其他小区');
    return { point: { latitude: community.latitude, longitude: community.longitude }, origin: { kind: 'community', communityId: community.id, name: community.name } };
  }

  return {
    async near(place: { lat?: number; lng?: number; communityId?: string }): Promise<CanteensAnswer> {
      const from = await originOf(place);
      const [rows, hours] = await Promise.all([canteens.canteens(), canteens.mealHours()]);
      const list: CanteenSummary[] = rows.map((c) => {
        const metres = from ? metresBetween(from.point, { latitude: c.latitude, longitude: c.longitude }) : null;
        const minutes = metres === null ? null : walkMinutes(metres, policy.walkMetresPerMinute);
        return {
          id: c.id,
          name: c.name,
          address: c.address,
          phone: c.phone,
          lat: c.latitude,
          lng: c.longitude,
          walkMinutes: minutes,
          distanceMetres: metres === null ? null : Math.round(metres),
          withinCircle: minutes !== null && withinCircle(minutes, policy.circleMinutes),
          meals: toMealHours(hours.filter((h) => h.canteen_id === c.id)),
        };
      });
      // By walking distance when a place is given; otherwise (and on ties) in the county's order.
      if (from) list.sort((a, b) => (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0));
      return {
        canteens: list,
        origin: from?.origin ?? null,
        circleMinutes: policy.circleMinutes,
        circleLabel: canteenSentences.circle(policy),
        pricingRules: canteenSentences.pricingRules(policy),
        cutoffRule: canteenSentences.cutoff(policy),
        // The app's calendar is the host's: a phone whose clock is off still sees the right week.
        menuDates: datesFrom(today, policy.menuDays),
        publishDates: datesFrom(today, policy.publishHorizonDays + 1),
      };
    },

    async communities(): Promise<CommunityPlace[]> {
      return (await canteens.communities()).map((c) => ({ id: c.id, name: c.name, lat: c.latitude, lng: c.longitude }));
    },
  };
}
