/**
 * Answers of the heating function as the contract describes them (src/domain/heating/contract.ts),
 * for component tests, with the sentences built by the same domain code the server uses.
 */
import type { BuildingsAnswer, CommunitiesAnswer, ComplaintView, IncidentView } from '../../src/domain/heating/contract'
import { COMPLAINT_CATEGORIES, CATEGORY_IDS } from '../../src/domain/heating/categories'
import { DEFAULT_HEATING_POLICY } from '../../src/domain/heating/heating-policy'
import { heatingSentences, MEASURING_GUIDE } from '../../src/domain/heating/policy-sentences'

export const dispatcher = { id: 'u-5', displayName: '华大电厂调度员', roles: [{ role: 'heating_dispatcher' as const, scope: 'hc-huada' }] }

const policy = DEFAULT_HEATING_POLICY

export function communitiesAnswer(over: Partial<CommunitiesAnswer> = {}): CommunitiesAnswer {
  return {
    communities: [
      { id: 'cm-tianxin', name: '天馨花园', stationId: 'hs-nonghang', stationName: '农行站', companyId: 'hc-huada', companyName: '华大电厂新城营业部', companyPhone: '0434-4216110' },
      { id: 'cm-shengyi', name: '圣一富苑', stationId: 'hs-guopin', stationName: '果品站', companyId: 'hc-huada', companyName: '华大电厂新城营业部', companyPhone: '0434-4216110' },
    ],
    lastPlace: null,
    categories: CATEGORY_IDS.map((id) => ({
      id,
      label: COMPLAINT_CATEGORIES[id].label,
      seasonal: COMPLAINT_CATEGORIES[id].seasonal,
      needsReading: COMPLAINT_CATEGORIES[id].needsReading,
      deadlineSentence: heatingSentences.deadlines(policy, id),
    })),
    season: { start: '2026-10-20', end: '2027-04-10', inSeason: true, sentence: heatingSentences.season(policy) },
    measuringGuide: MEASURING_GUIDE,
    refundSentence: heatingSentences.refundTiers(policy),
    reopenSentence: heatingSentences.reopenRule(policy),
    standardSentence: heatingSentences.standard(policy),
    policy,
    ...over,
  }
}

export const buildingsAnswer: BuildingsAnswer = {
  buildings: [
    { id: 'cm-tianxin-b1', name: '1号楼', units: [{ id: 'cm-tianxin-b1-u1', name: '1单元' }, { id: 'cm-tianxin-b1-u2', name: '2单元' }] },
    { id: 'cm-tianxin-b3', name: '3号楼', units: [{ id: 'cm-tianxin-b3-u1', name: '1单元' }, { id: 'cm-tianxin-b3-u2', name: '2单元' }] },
  ],
}

export function complaint(over: Partial<ComplaintView> = {}): ComplaintView {
  return {
    id: 'hcp-1',
    status: 'submitted',
    statusLabel: '已提交',
    statusTone: 'progress',
    category: 'temperature',
    categoryLabel: '室温不达标',
    communityId: 'cm-tianxin',
    communityName: '天馨花园',
    buildingId: 'cm-tianxin-b3',
    buildingName: '3号楼',
    unitId: 'cm-tianxin-b3-u2',
    unitName: '2单元',
    room: '502',
    stationId: 'hs-nonghang',
    stationName: '农行站',
    companyName: '华大电厂新城营业部',
    companyPhone: '0434-4216110',
    readings: [{ celsius: 16.2, at: '2026-11-29T01:30:00.000Z' }],
    description: '卧室不热',
    measuredCelsius: null,
    measuredAt: null,
    refundTier: null,
    deadlines: { acceptBy: '2026-11-29T04:00:00.000Z', measureBy: '2026-11-30T02:00:00.000Z', resolveBy: null },
    deadlineSentence: heatingSentences.deadlines(policy, 'temperature'),
    nextDeadline: { kind: 'accept', by: '2026-11-29T04:00:00.000Z', label: '11月29日 12:00前受理' },
    overdue: false,
    overdueLabel: null,
    incident: { id: 'inc-1', households: 1, dispatched: false, sentence: null },
    crew: null,
    timeline: [{ from: null, status: 'submitted', statusLabel: '已提交', at: '2026-11-29T02:00:00.000Z', role: 'resident', note: null }],
    rating: null,
    phoneMasked: '139****5678',
    photos: [],
    photoUrls: [],
    submittedAt: '2026-11-29T02:00:00.000Z',
    updatedAt: '2026-11-29T02:00:00.000Z',
    resolvedAt: null,
    canConfirm: false,
    canReopen: false,
    reopenUntil: null,
    autoCloseAt: null,
    canRate: false,
    allowedMoves: ['accepted', 'rejected'],
    ...over,
  }
}

/** A complaint the crew measured at 16.8 ℃ and handled: waiting for the resident. */
export function handled(over: Partial<ComplaintView> = {}): ComplaintView {
  const tier = { percent: 30, belowCelsius: 18 }
  return complaint({
    status: 'resolved',
    statusLabel: '已处理',
    statusTone: 'good',
    measuredCelsius: 16.8,
    measuredAt: '2026-11-29T06:00:00.000Z',
    refundTier: { ...tier, sentence: heatingSentences.refund(16.8, tier, policy) },
    nextDeadline: null,
    crew: { name: '王师傅', phoneMasked: '139****0011' },
    timeline: [
      { from: null, status: 'submitted', statusLabel: '已提交', at: '2026-11-29T02:00:00.000Z', role: 'resident', note: null },
      { from: 'submitted', status: 'accepted', statusLabel: '已受理', at: '2026-11-29T02:30:00.000Z', role: 'heating_dispatcher', note: null },
      { from: 'accepted', status: 'dispatched', statusLabel: '已派单', at: '2026-11-29T03:00:00.000Z', role: 'heating_dispatcher', note: '派单：王师傅' },
      { from: 'dispatched', status: 'measured', statusLabel: '已上门测温', at: '2026-11-29T06:00:00.000Z', role: 'heating_dispatcher', note: '实测16.8℃' },
      { from: 'measured', status: 'resolved', statusLabel: '已处理', at: '2026-11-29T07:00:00.000Z', role: 'heating_dispatcher', note: '调节入户阀门并排气，复测19.5℃' },
    ],
    resolvedAt: '2026-11-29T07:00:00.000Z',
    canConfirm: true,
    canReopen: true,
    reopenUntil: '2026-12-06T07:00:00.000Z',
    autoCloseAt: '2026-12-02T07:00:00.000Z',
    canRate: true,
    allowedMoves: [],
    ...over,
  })
}

export function incident(over: Partial<IncidentView> = {}): IncidentView {
  return {
    id: 'inc-1',
    stationId: 'hs-nonghang',
    stationName: '农行站',
    households: 3,
    openedAt: '2026-11-29T01:20:00.000Z',
    status: 'open',
    joinUntil: '2026-11-30T01:20:00.000Z',
    complaints: 3,
    openComplaints: 3,
    dispatched: false,
    nextDeadline: '2026-11-29T03:20:00.000Z',
    overdue: false,
    ...over,
  }
}
