import type { FunctionActions } from '../../server/core/action';
import { buildings } from './actions/buildings';
import { communities } from './actions/communities';
import { confirm } from './actions/confirm';
import { detail } from './actions/detail';
import { incidents } from './actions/incidents';
import { mine } from './actions/mine';
import { queue } from './actions/queue';
import { rate } from './actions/rate';
import { reopen } from './actions/reopen';
import { stats } from './actions/stats';
import { submit } from './actions/submit';
import { transition } from './actions/transition';
import { transitionIncident } from './actions/transition-incident';

/** The `heating` cloud function: 温暖供热. */
export const heatingActions: FunctionActions = {
  communities,
  buildings,
  submit,
  mine,
  detail,
  confirm,
  reopen,
  rate,
  queue,
  incidents,
  transition,
  transitionIncident,
  stats,
};
