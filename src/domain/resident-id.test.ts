import { ageOn, checkDigitFor, checkResidentId } from './resident-id';

describe('GB 11643 resident ID numbers', () => {
  it.each([
    // A published specimen with the X check character.
    { id: '11010519491231002X', birthDate: '1949-12-31', sex: 'F' },
    { id: '110105194912310029'.slice(0, 17) + checkDigitFor('11010519491231002'), birthDate: '1949-12-31', sex: 'F' },
    { id: `22032319550312101${checkDigitFor('22032319550312101')}`, birthDate: '1955-03-12', sex: 'M' },
  ])('accepts $id and reads birth date $birthDate and sex $sex from it', ({ id, birthDate, sex }) => {
    expect(checkResidentId(id, '2026-11-29')).toEqual({ ok: true, normalized: id, birthDate, sex });
  });

  it('accepts a lower-case x and normalises it', () => {
    const result = checkResidentId('11010519491231002x', '2026-11-29');
    expect(result.ok && result.normalized).toBe('11010519491231002X');
  });

  it.each([
    { input: '11010519491231002', reason: 'format' },
    { input: '1101051949123100211', reason: 'format' },
    { input: '01010519491231002X', reason: 'format' },
    { input: '1101051949123100A2', reason: 'format' },
    { input: '', reason: 'format' },
    { input: '110105194902300021', reason: 'birth_date' },
    { input: '110105189912310021', reason: 'birth_date' },
    { input: '110105202712310021', reason: 'birth_date' },
    { input: '110105194912310021', reason: 'check_digit' },
  ])('refuses $input ($reason)', ({ input, reason }) => {
    const result = checkResidentId(input, '2026-11-29');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
    expect(!result.ok && result.message).toMatch(/身份证号/);
  });

  it('computes the check character with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 mod 11', () => {
    expect(checkDigitFor('11010519491231002')).toBe('X');
    expect(checkDigitFor('44052418800101001')).toBe('4');
  });

  it.each([
    { birth: '1932-05-08', on: '2026-05-07', age: 93 },
    { birth: '1932-05-08', on: '2026-05-08', age: 94 },
    { birth: '2000-02-29', on: '2026-02-28', age: 25 },
    { birth: '2000-02-29', on: '2026-03-01', age: 26 },
  ])('is $age years old on $on when born $birth', ({ birth, on, age }) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
