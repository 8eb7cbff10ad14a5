import { validateMember, type MemberFieldErrors, type MemberInput, type Relation } from '@/domain/member'
import type { Member } from '@/domain/account/contract'
import type { MemberChanges, NewMember } from './api'

export type MemberFormValues = MemberInput

export type MemberFormField = keyof MemberFormValues

/**
 * The form runs the same rules as the cloud function. When editing, an empty ID or phone
 * means "keep the stored one" (the form only ever sees them masked), so those are not errors.
 */
export function validateMemberForm(values: MemberFormValues, editing: boolean, today: string): MemberFieldErrors {
  const result = validateMember(values, today)
  if (result.ok) return {}
  const fields = { ...result.fields }
  if (editing && !values.idNumber.trim()) delete fields.idNumber
  if (editing && !values.phone.trim()) delete fields.phone
  return fields
}

export function newMemberPayload(values: MemberFormValues, consent: boolean): NewMember {
  return {
    name: values.name.trim(),
    idNumber: values.idNumber.trim().toUpperCase(),
    phone: values.phone.trim(),
    relation: values.relation as Relation,
    ...(consent ? { consent: true as const } : {}),
  }
}

/** Only what the person actually changed goes to updateMember. */
export function memberChanges(values: MemberFormValues, existing: Member): MemberChanges {
  const changes: MemberChanges = { memberId: existing.id }
  const name = values.name.trim()
  if (name !== existing.name) changes.name = name
  if (values.idNumber.trim() && !existing.idNumberLocked) changes.idNumber = values.idNumber.trim().toUpperCase()
  if (values.phone.trim()) changes.phone = values.phone.trim()
  if (values.relation !== existing.relation) changes.relation = values.relation as Relation
  return changes
}

export function hasChanges(changes: MemberChanges): boolean {
  return Object.keys(changes).length > 1
}
