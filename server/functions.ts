import { accountActions } from '../cloudfunctions/account/actions';
import { clinicActions } from '../cloudfunctions/clinic/actions';
import type { FunctionActions } from './core/action';

/** Every cloud function the hosts serve, by name. */
export const FUNCTIONS: Record<string, FunctionActions> = {
  account: accountActions,
  clinic: clinicActions,
};
