import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';
import { incidentJoinUntil, incidentSentence, joinsIncident } from './incidents';

describe('station incidents', () => {
  const openedAt = '2026-12-01T02:00:00.000Z';

  it.each([
    { now: '2026-12-01T10:00:00.000Z', open: 3, joins: true, note: 'eight hours after the first, still open' },
    { now: '2026-12-02T01:59:59.000Z', open: 1, joins: true, note: 'one second before 24 h' },
    { now: '2026-12-02T02:00:00.000Z', open: 1, joins: false, note: 'at 24 h' },
    { now: '2026-12-01T10:00:00.000Z', open: 0, joins: false, note: 'once every complaint of it is handled' },
  ])('a new complaint joins the open incident $note: $joins', ({ now, open, joins }) => {
    expect(joinsIncident({ openedAt, openComplaints: open }, new Date(now), policy)).toBe(joins);
  });

  it('takes its window from the configuration', () => {
    expect(incidentJoinUntil(openedAt, { incidentWindowHours: 12 })).toBe('2026-12-01T14:00:00.000Z');
  });

  it.each([
    { households: 1, dispatched: false, sentence: null },
    { households: 5, dispatched: true, sentence: '本站已有5户反映，已派单' },
    { households: 2, dispatched: false, sentence: '本站已有2户反映，正在安排处理' },
  ])('tells the resident "$sentence"', ({ households, dispatched, sentence }) => {
    expect(incidentSentence({ households, dispatched })).toBe(sentence);
  });
});
