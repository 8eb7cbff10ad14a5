import { grantCovers, scopesOf } from './roles';

describe('role grants', () => {
  it.each([
    [{ role: 'hospital_admin', scope: 'h-first' }, 'hospital_admin', 'h-first', true],
    [{ role: 'hospital_admin', scope: 'h-first' }, 'hospital_admin', 'h-ethnic', false],
    [{ role: 'hospital_admin', scope: '' }, 'hospital_admin', 'h-first', false],
    [{ role: 'hospital_admin', scope: 'h-first' }, 'hospital_admin', undefined, true],
    [{ role: 'official', scope: '' }, 'official', 'h-first', true],
    [{ role: 'official', scope: '' }, 'hospital_admin', 'h-first', false],
  ] as const)('%j acting as %s on %s: %s', (grant, role, scope, covered) => {
    expect(grantCovers(grant, role, scope)).toBe(covered);
  });

  it('lists the scopes of a scoped role, never an empty one', () => {
    expect(scopesOf([{ role: 'canteen_manager', scope: 'cn-a' }, { role: 'canteen_manager', scope: '' }, { role: 'official', scope: '' }], 'canteen_manager')).toEqual(['cn-a']);
  });
});
