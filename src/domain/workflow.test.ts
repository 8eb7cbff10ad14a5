import { DomainError } from './domain-error';
import { defineWorkflow } from './workflow';

const lamp = defineWorkflow({
  name: 'lamp',
  statuses: {
    reported: { label: '已报修', open: true, tone: 'progress' },
    fixed: { label: '已修好', open: false, active: true, tone: 'good' },
    refused: { label: '不予受理', open: false, tone: 'bad' },
  },
  transitions: { reported: ['fixed', 'refused'], fixed: [], refused: [] },
});

describe('a workflow table', () => {
  it('allows exactly the moves it lists', () => {
    expect(lamp.canTransition('reported', 'fixed')).toBe(true);
    expect(lamp.canTransition('fixed', 'reported')).toBe(false);
    expect(lamp.nextStatuses('reported')).toEqual(['fixed', 'refused']);
  });

  it('refuses any other move with ILLEGAL_TRANSITION (409) naming both statuses', () => {
    let thrown: unknown;
    try {
      lamp.assertTransition('refused', 'fixed');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 409, message: '当前状态（不予受理）不能变为已修好' });
  });

  it('lets a contract keep its own refusal code', () => {
    const kept = defineWorkflow({ name: 'x', illegalCode: 'INVALID_TRANSITION', statuses: { a: { label: 'A', open: true, tone: 'neutral' }, b: { label: 'B', open: false, tone: 'good' } }, transitions: { a: [], b: [] } });
    expect(() => kept.assertTransition('a', 'b')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it('names open and active statuses (active defaults to open)', () => {
    expect(lamp.isOpen('reported')).toBe(true);
    expect(lamp.isOpen('fixed')).toBe(false);
    expect(lamp.isActive('fixed')).toBe(true);
    expect(lamp.isActive('refused')).toBe(false);
    expect(lamp.isStatus('fixed')).toBe(true);
    expect(lamp.isStatus('lost')).toBe(false);
  });

  it('writes a timeline entry with who (by role), when and the note', () => {
    expect(lamp.entry({ from: 'reported', to: 'refused', at: '2026-11-29T02:00:00.000Z', role: 'heating_dispatcher', note: '非供热问题' })).toEqual({
      from: 'reported',
      status: 'refused',
      statusLabel: '不予受理',
      at: '2026-11-29T02:00:00.000Z',
      role: 'heating_dispatcher',
      note: '非供热问题',
    });
  });
});
