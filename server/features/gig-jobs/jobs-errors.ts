import { defineErrorCodes } from '../../core/errors';

/** The gig station's own refusals (the `jobs` function's published codes). */
export const jobsError = defineErrorCodes({
  ALREADY_APPLIED: { status: 409, message: '已报名该岗位，请勿重复报名' },
  POSTING_CLOSED: { status: 409, message: '该岗位已停止招聘' },
  EVENT_FULL: { status: 409, message: '名额已满' },
  ALREADY_ENROLLED: { status: 409, message: '已报名该活动，请勿重复报名' },
});
