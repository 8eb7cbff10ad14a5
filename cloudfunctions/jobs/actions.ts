import type { FunctionActions } from '../../server/core/action';
import { apply, myApplications, withdraw } from './actions/applications';
import { applicants, closePosting, createPosting, myPostings, setApplicationStatus } from './actions/employer';
import { cancelEnrollment, enroll, events, publishEvent } from './actions/events';
import { detail, search } from './actions/search';
import { profile, register } from './actions/seeker';
import { employers, importPostings, review, reviewQueue, saveEmployer, station, stats } from './actions/station';

/** The `jobs` cloud function: 零工驿站. */
export const jobsActions: FunctionActions = {
  search,
  detail,
  register,
  profile,
  apply,
  withdraw,
  myApplications,
  createPosting,
  myPostings,
  closePosting,
  applicants,
  setApplicationStatus,
  reviewQueue,
  review,
  importPostings,
  events,
  enroll,
  cancelEnrollment,
  publishEvent,
  stats,
  station,
  employers,
  saveEmployer,
};
