import { plusHours, type HeatingPolicy } from './heating-policy';

/**
 * Complaints from one station within `incidentWindowHours` of the first open one form one
 * incident: a new complaint joins the station's latest incident while that incident still
 * has an open complaint and its window has not ended; otherwise it opens a new one.
 */
export function joinsIncident(incident: { openedAt: string; openComplaints: number }, now: Date, policy: Pick<HeatingPolicy, 'incidentWindowHours'>): boolean {
  return incident.openComplaints > 0 && now.getTime() < new Date(incidentJoinUntil(incident.openedAt, policy)).getTime();
}

export const incidentJoinUntil = (openedAt: string, policy: Pick<HeatingPolicy, 'incidentWindowHours'>) => plusHours(openedAt, policy.incidentWindowHours);

/** What the resident reads when the station already has an open incident ("本站已有 N 户反映，已派单"); null for the first household. */
export function incidentSentence(incident: { households: number; dispatched: boolean }): string | null {
  if (incident.households <= 1) return null;
  return `本站已有${incident.households}户反映，${incident.dispatched ? '已派单' : '正在安排处理'}`;
}
