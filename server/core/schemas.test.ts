import { isoInstant, lineText, longText, recordId } from './schemas';

describe('shared input shapes', () => {
  it.each(['x\u0000', 'reg_1\u202e', 'a b', '', 'a'.repeat(81), '../etc'])('refuses %j as a record id', (value) => {
    expect(recordId.safeParse(value).success).toBe(false);
  });

  it('accepts the ids the server makes and the seed uses', () => {
    for (const id of ['reg_AbC-12_x', 'c-first-old-cardiology', 'seg_c-first-old-cardiology_20261130_1']) expect(recordId.safeParse(id).success).toBe(true);
  });

  it.each(['\u202e生医', '医生\u0000', '李\u200f四', 'a\nb'])('refuses %j as one line of text', (value) => {
    expect(lineText(30).safeParse(value).success).toBe(false);
  });

  it('trims one line of text and keeps Chinese as it is', () => {
    expect(lineText(30).parse('  主任医师 ')).toBe('主任医师');
    expect(lineText(3).safeParse('四个字啊').success).toBe(false);
    expect(lineText(3).safeParse('   ').success).toBe(false);
  });

  it('lets descriptions span lines but still refuses NUL and bidi overrides', () => {
    expect(longText(500).parse('卧室很冷\n客厅也冷')).toBe('卧室很冷\n客厅也冷');
    expect(longText(500).safeParse('冷\u0000').success).toBe(false);
    expect(longText(500).safeParse('\u202e冷').success).toBe(false);
  });

  it('reads instants with a zone only', () => {
    expect(isoInstant.safeParse('2026-11-29T08:30:00+08:00').success).toBe(true);
    expect(isoInstant.safeParse('2026-11-29T08:30:00').success).toBe(false);
    expect(isoInstant.safeParse('2026-13-29T08:30:00Z').success).toBe(false);
  });
});
