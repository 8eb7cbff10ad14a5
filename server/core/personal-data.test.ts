import { createVault, generateKey, parseKey } from './personal-data';

const key = () => parseKey(generateKey(), 'TEST_KEY');

describe('the personal-data vault', () => {
  const vault = createVault({ dataKeys: [key()], personKey: key() });

  it('seals an ID number so that the number is not in the stored text, and reads it back', () => {
    const sealed = vault.encrypt('220323193205081024');
    expect(sealed).not.toContain('220323193205081024');
    // What is stored is the format, the key id and base64url: the digits could only appear by chance.
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(vault.decrypt(sealed)).toBe('220323193205081024');
  });

  it('seals the same number differently each time (random IV)', () => {
    expect(vault.encrypt('13904345678')).not.toBe(vault.encrypt('13904345678'));
  });

  it('refuses a tampered value', () => {
    const sealed = vault.encrypt('13904345678');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => vault.decrypt(tampered)).toThrow();
  });

  it('keys a person by ID number, the same across calls and case of the check letter', () => {
    expect(vault.personKey('22032319320508102x')).toBe(vault.personKey('22032319320508102X'));
    expect(vault.personKey('220323193205081024')).not.toBe(vault.personKey('220323195503121010'));
    expect(vault.personKey('220323193205081024')).not.toContain('2203');
  });

  it('reads values sealed with a previous key after rotation, and says they are due', () => {
    const oldKey = key();
    const before = createVault({ dataKeys: [oldKey], personKey: key() });
    const sealed = before.encrypt('13504347788');
    const after = createVault({ dataKeys: [key(), oldKey], personKey: key() });
    expect(after.decrypt(sealed)).toBe('13504347788');
    expect(after.needsRotation(sealed)).toBe(true);
    expect(after.needsRotation(after.encrypt('1'))).toBe(false);
  });

  it('reads keys written as base64 or hex, and refuses short ones', () => {
    const hex = 'ab'.repeat(32);
    expect(parseKey(hex, 'K')).toHaveLength(32);
    expect(() => parseKey('short', 'DATA_KEY')).toThrow(/DATA_KEY must be 32 bytes/);
  });
});
