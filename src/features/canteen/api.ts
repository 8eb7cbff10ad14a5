import type {
  CanteensAnswer,
  CanteenStats,
  CommunityPlace,
  CopyLastWeekAnswer,
  Dish,
  DiscountGroup,
  GroupClaim,
  Meal,
  MenuAnswer,
  MyClaimsAnswer,
  MyOrdersAnswer,
  OrderCountsAnswer,
  OrderView,
  PendingClaim,
  PendingClaimsAnswer,
  PublishedMeal,
} from '@/domain/canteen/contract'
import { callFunction, type CallOptions } from '@/shared/api/call-function'

const canteen = <T>(action: string, data: object = {}, options?: CallOptions) => callFunction<T>('canteen', action, data, options)

/** Where distances are measured from: the phone's location (GCJ-02) or a community. */
export type Place = { kind: 'location'; lat: number; lng: number } | { kind: 'community'; communityId: string; name: string }

export interface MealRef {
  canteenId: string
  date: string
  meal: Meal
}

export interface MenuInput extends MealRef {
  /** fen */
  price: number
  capacity: number
  dishes: Dish[]
}

export interface VerifyInput {
  claimId: string
  approve: boolean
  expiresOn?: string
  reason?: string
}

const placeInput = (place: Place | null) => {
  if (!place) return {}
  return place.kind === 'location' ? { lat: place.lat, lng: place.lng } : { communityId: place.communityId }
}

export const canteenApi = {
  canteens: (place: Place | null) => canteen<CanteensAnswer>('canteens', placeInput(place)),
  communities: () => canteen<{ communities: CommunityPlace[] }>('communities'),
  menu: (canteenId: string, date: string, memberId?: string) => canteen<MenuAnswer>('menu', { canteenId, date, ...(memberId ? { memberId } : {}) }),
  order: (input: MealRef & { memberId: string }, requestId: string) => canteen<OrderView>('order', input, { requestId }),
  cancelOrder: (orderId: string, requestId: string) => canteen<OrderView>('cancelOrder', { orderId }, { requestId }),
  myOrders: () => canteen<MyOrdersAnswer>('myOrders'),
  claimGroup: (input: { memberId: string; group: DiscountGroup }, requestId: string) => canteen<GroupClaim>('claimGroup', input, { requestId }),
  myClaims: () => canteen<MyClaimsAnswer>('myClaims'),
  pendingClaims: () => canteen<PendingClaimsAnswer>('pendingClaims'),
  verifyGroup: (input: VerifyInput, requestId: string) => canteen<PendingClaim>('verifyGroup', input, { requestId }),
  publishMenu: (input: MenuInput, requestId: string) => canteen<PublishedMeal>('publishMenu', input, { requestId }),
  copyLastWeek: (input: { canteenId: string; date: string; days?: number }, requestId: string) => canteen<CopyLastWeekAnswer>('copyLastWeek', input, { requestId }),
  orderCounts: (canteenId: string, date: string) => canteen<OrderCountsAnswer>('orderCounts', { canteenId, date }),
  stats: (from: string, to: string) => canteen<CanteenStats>('stats', { from, to }),
}
