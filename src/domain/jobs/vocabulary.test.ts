import { CATEGORIES, codeFromLabel, PAY_UNITS, payText } from './vocabulary';

describe('pay as cards say it', () => {
  it.each([
    { pay: 18000, unit: 'day', sameDay: true, text: '180元/天 · 日结' },
    { pay: 2550, unit: 'hour', sameDay: false, text: '25.5元/小时' },
    { pay: 450000, unit: 'month', sameDay: false, text: '4500元/月' },
    { pay: 50, unit: 'piece', sameDay: true, text: '0.5元/件 · 日结' },
  ] as const)('$pay fen per $unit → $text', ({ pay, unit, sameDay, text }) => {
    expect(payText(pay, unit, sameDay)).toBe(text);
  });
});

describe('codes from the provincial platform’s labels', () => {
  it.each([
    ['cleaning', 'cleaning'],
    ['保洁', 'cleaning'],
    ['养老护理', 'elderly_care'],
    ['搬运装卸', 'loading'],
    ['保安', null],
  ])('%s → %s', (label, code) => {
    expect(codeFromLabel(CATEGORIES, label)).toBe(code);
  });

  it('reads a pay unit by its code, label or what follows the amount', () => {
    expect(codeFromLabel(PAY_UNITS, 'day')).toBe('day');
    expect(codeFromLabel(PAY_UNITS, '天')).toBe('day');
    expect(codeFromLabel(PAY_UNITS, '计件')).toBe('piece');
  });
});
