import type { MembersAnswer } from '@/domain/account/contract'
import { callFunction } from '@/shared/api/call-function'

/** The account's family members (masked), as every service's person picker needs them. */
export const fetchMembers = () => callFunction<MembersAnswer>('account', 'members')
