import { maskIdNumber, maskPhone } from './masking';

describe('masking personal numbers', () => {
  it('shows only the first four and last four digits of an ID number', () => {
    expect(maskIdNumber('220323193205081023')).toBe('2203**********1023');
  });
  it('shows only the first three and last four digits of a phone number', () => {
    expect(maskPhone('13904345678')).toBe('139****5678');
  });
  it('hides short values entirely rather than revealing them', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskPhone('12345')).toBe('*****');
  });
});
