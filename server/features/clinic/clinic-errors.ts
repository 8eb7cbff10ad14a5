import { defineErrorCodes } from '../../core/errors';

/** The clinic's own refusals (the `clinic` function's published codes). */
export const clinicError = defineErrorCodes({
  SLOT_FULL: { status: 409, message: '该时段号源已约满，请选择其他时段' },
  SLOT_NOT_BOOKABLE: { status: 409, message: '该时段当前不可预约' },
  DUPLICATE_REGISTRATION: { status: 409, message: '该就诊人当天已预约此科室' },
  DAILY_LIMIT: { status: 409, message: '该就诊人当天预约已达上限' },
  BOOKING_SUSPENDED: { status: 403, message: '因多次爽约，暂停预约' },
  REVISIT_NOT_ELIGIBLE: { status: 409, message: '不符合三日内同一疾病免费复诊条件' },
  CANCEL_TOO_LATE: { status: 409, message: '已过免费取消时间（就诊日0点前）' },
  INVALID_TRANSITION: { status: 409, message: '当前状态不能进行此操作' },
  CAPACITY_BELOW_BOOKED: { status: 409, message: '号源数不能少于已预约人数' },
});
