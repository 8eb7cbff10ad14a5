import { validateMember } from './member';
import { checkDigitFor } from './resident-id';

const id = `22032319320508102${checkDigitFor('22032319320508102')}`;
const valid = { name: '代玉贤', idNumber: id, phone: '13904345678', relation: 'mother' };

describe('validating a family member', () => {
  it('normalises a valid member and derives birth date and sex', () => {
    expect(validateMember({ ...valid, name: ' 代玉贤 ' }, '2026-11-29')).toEqual({
      ok: true,
      member: { name: '代玉贤', idNumber: id, phone: '13904345678', relation: 'mother', birthDate: '1932-05-08', sex: 'F' },
    });
  });

  it.each([
    { input: { name: '' }, expectedErrors: { name: '请填写姓名' } },
    { input: { name: '代玉贤123' }, expectedErrors: { name: '姓名只能包含中文或字母，最多30个字' } },
    { input: { phone: '1390434567' }, expectedErrors: { phone: '请填写11位手机号' } },
    { input: { phone: '' }, expectedErrors: { phone: '请填写手机号' } },
    { input: { relation: 'boss' }, expectedErrors: { relation: '关系不在可选范围内' } },
    { input: { idNumber: '' }, expectedErrors: { idNumber: '请填写身份证号' } },
    { input: { idNumber: id.slice(0, 17) + (id[17] === '1' ? '2' : '1') }, expectedErrors: { idNumber: '身份证号校验位不正确，请核对' } },
    { input: { name: '', phone: 'x' }, expectedErrors: { name: '请填写姓名', phone: '请填写11位手机号' } },
  ])('reports $expectedErrors for $input', ({ input, expectedErrors }) => {
    expect(validateMember({ ...valid, ...input }, '2026-11-29')).toEqual({ ok: false, fields: expectedErrors });
  });
});
