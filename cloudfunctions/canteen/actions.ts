import type { FunctionActions } from '../../server/core/action';
import { canteens } from './actions/canteens';
import { cancelOrder } from './actions/cancel-order';
import { claimGroup } from './actions/claim-group';
import { communities } from './actions/communities';
import { copyLastWeek } from './actions/copy-last-week';
import { menu } from './actions/menu';
import { myClaims } from './actions/my-claims';
import { myOrders } from './actions/my-orders';
import { order } from './actions/order';
import { orderCounts } from './actions/order-counts';
import { pendingClaims } from './actions/pending-claims';
import { publishMenu } from './actions/publish-menu';
import { quote } from './actions/quote';
import { stats } from './actions/stats';
import { verifyGroup } from './actions/verify-group';

/** The `canteen` cloud function: 助老餐厅. */
export const canteenActions: FunctionActions = {
  canteens,
  communities,
  menu,
  quote,
  order,
  cancelOrder,
  myOrders,
  claimGroup,
  myClaims,
  pendingClaims,
  verifyGroup,
  publishMenu,
  copyLastWeek,
  orderCounts,
  stats,
};
