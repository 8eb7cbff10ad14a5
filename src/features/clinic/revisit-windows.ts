import type { DepartmentScope, RegistrationDetail } from '@/domain/clinic/contract'
import { canAnchor } from '@/domain/clinic/three-day-rule'

/** An open free-revisit window of one family member for one department (a preview; the server decides). */
export interface RevisitWindow {
  anchorId: string
  memberId: string
  memberName: string
  from: string
  until: string
}

/** The windows 我的挂号 opens in this hospital, campus and department, earliest first. */
export function revisitWindows(registrations: RegistrationDetail[], scope: DepartmentScope): RevisitWindow[] {
  return registrations
    .filter(
      (r) =>
        canAnchor(r) &&
        r.freeRevisitUntil !== null &&
        r.hospitalId === scope.hospitalId &&
        r.campusId === scope.campusId &&
        r.departmentId === scope.departmentId,
    )
    .map((r) => ({ anchorId: r.id, memberId: r.memberId, memberName: r.memberName, from: r.visitDate, until: r.freeRevisitUntil as string }))
    .sort((a, b) => a.from.localeCompare(b.from))
}

export function covers(window: RevisitWindow, date: string): boolean {
  return window.from <= date && date <= window.until
}
