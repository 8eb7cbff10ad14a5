import type { FunctionActions } from '../../server/core/action';
import { addMember } from './actions/add-member';
import { devLogin } from './actions/dev-login';
import { login } from './actions/login';
import { loginOptions } from './actions/login-options';
import { markRead } from './actions/mark-read';
import { me } from './actions/me';
import { members } from './actions/members';
import { messages } from './actions/messages';
import { removeMember } from './actions/remove-member';
import { subscribe } from './actions/subscribe';
import { updateMember } from './actions/update-member';

/** The `account` cloud function: one handler per action. */
export const accountActions: FunctionActions = {
  loginOptions,
  devLogin,
  login,
  me,
  members,
  addMember,
  updateMember,
  removeMember,
  messages,
  markRead,
  subscribe,
};
