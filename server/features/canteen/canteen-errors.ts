import { defineErrorCodes } from '../../core/errors';

/** The canteen's own refusals (the `canteen` function's published codes). */
export const canteenError = defineErrorCodes({
  ORDER_CUTOFF_PASSED: { status: 409, message: '已过报餐截止时间' },
  MEAL_FULL: { status: 409, message: '该餐次已订满' },
  ALREADY_ORDERED: { status: 409, message: '该就餐人已报过这一餐' },
  MENU_NOT_PUBLISHED: { status: 404, message: '该餐次菜单尚未发布' },
  MENU_HAS_ORDERS: { status: 409, message: '已有人报餐，菜品和价格不能再改，只能调整份数' },
  CAPACITY_BELOW_ORDERED: { status: 409, message: '份数不能少于已报餐人数' },
});
