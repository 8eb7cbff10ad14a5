import { defineErrorCodes } from '../../core/errors';

/** 温暖供热's own refusals (the `heating` function's published codes). */
export const heatingError = defineErrorCodes({
  OUT_OF_SEASON: { status: 409, message: '当前不在供暖期，室温问题暂不受理' },
  REOPEN_WINDOW_CLOSED: { status: 409, message: '已超过可申请重新处理的期限' },
  ALREADY_RATED: { status: 409, message: '已经评价过了，每条反映只能评价一次' },
  DUPLICATE_COMPLAINT: { status: 409, message: '该住户的同类问题正在处理中，请勿重复反映' },
});
