import { callFunction, type CallOptions } from '@/shared/api/call-function'
import type { SessionUser } from '@/shared/session/session-store'
import type { Member, MembersAnswer } from '@/domain/account/contract'
import type { Relation } from '@/domain/member'

export interface Persona {
  persona: string
  label: string
}

export interface LoginOptions {
  devLogin: boolean
  wechatLogin: boolean
  personas: Persona[]
}

export interface SessionGrant {
  token: string
  expiresAt: string
  user: SessionUser
}

export interface NewMember {
  name: string
  idNumber: string
  phone: string
  relation: Relation
  consent?: true
}

export interface MemberChanges {
  memberId: string
  name?: string
  idNumber?: string
  phone?: string
  relation?: Relation
}

const call = <T>(action: string, data: object = {}, options?: CallOptions) =>
  callFunction<T>('account', action, data, options)

export const accountApi = {
  loginOptions: () => call<LoginOptions>('loginOptions'),
  devLoginAsPersona: (persona: string) => call<SessionGrant>('devLogin', { persona }),
  devLoginAsOpenid: (openid: string) => call<SessionGrant>('devLogin', { openid }),
  wechatLogin: (code: string) => call<SessionGrant>('login', { code }),
  me: () => call<{ user: SessionUser; unreadMessages: number }>('me'),
  members: () => call<MembersAnswer>('members'),
  addMember: (input: NewMember, requestId: string) => call<Member>('addMember', input, { requestId }),
  updateMember: (changes: MemberChanges, requestId: string) => call<Member>('updateMember', changes, { requestId }),
  removeMember: (memberId: string, requestId: string) =>
    call<{ memberId: string; removed: true }>('removeMember', { memberId }, { requestId }),
}
