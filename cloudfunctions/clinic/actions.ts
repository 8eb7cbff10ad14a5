import type { FunctionActions } from '../../server/core/action';
import { book } from './actions/book';
import { cancel } from './actions/cancel';
import { days } from './actions/days';
import { cancelFreeClinicSignup, freeClinics, mySignups, signUpFreeClinic } from './actions/free-clinics';
import { hospitals } from './actions/hospitals';
import { mine } from './actions/mine';
import { quote } from './actions/quote';
import { registration } from './actions/registration';
import { slots } from './actions/slots';
import { hospitalRegistrations, markVisit, publishSchedule, reprice, stats } from './actions/staff';

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
