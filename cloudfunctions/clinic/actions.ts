import type { FunctionActions } from '../../server/core/action';
import { book } from './actions/book';
import { cancel } from './actions/cancel';
import { days } from './actions/days';
import { cancelFreeClinicSignup } from './actions/cancel-free-clinic-signup';
import { freeClinics } from './actions/free-clinics';
import { mySignups } from './actions/my-signups';
import { signUpFreeClinic } from './actions/sign-up-free-clinic';
import { hospitals } from './actions/hospitals';
import { mine } from './actions/mine';
import { quote } from './actions/quote';
import { registration } from './actions/registration';
import { slots } from './actions/slots';
import { hospitalRegistrations } from './actions/hospital-registrations';
import { markVisit } from './actions/mark-visit';
import { publishSchedule } from './actions/publish-schedule';
import { reprice } from './actions/reprice';
import { stats } from './actions/stats';

/** The `clinic` cloud function: 暖心就医. */
export const clinicActions: FunctionActions = {
  hospitals,
  days,
  slots,
  quote,
  book,
  cancel,
  mine,
  registration,
  freeClinics,
  mySignups,
  signUpFreeClinic,
  cancelFreeClinicSignup,
  publishSchedule,
  hospitalRegistrations,
  markVisit,
  reprice,
  stats,
};
