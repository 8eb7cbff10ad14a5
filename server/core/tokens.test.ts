import { tokenSigner } from './tokens';

describe('session tokens', () => {
  const signer = tokenSigner('secret-a', 3600);
  const now = new Date('2026-11-29T02:00:00Z');

  it('verifies its own token until it expires', () => {
    const { token, expiresAt } = signer.sign('acc_1', now);
    expect(expiresAt).toBe('2026-11-29T03:00:00.000Z');
    expect(signer.verify(token, now)).toEqual({ sub: 'acc_1', exp: Date.parse(expiresAt) / 1000 });
    expect(signer.verify(token, new Date('2026-11-29T03:00:00Z'))).toBeNull();
  });

  it('refuses a token signed with another secret or altered claims', () => {
    const { token } = tokenSigner('secret-b', 3600).sign('acc_1', now);
    expect(signer.verify(token, now)).toBeNull();
    const [v, , sig] = signer.sign('acc_1', now).token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'acc_2', exp: 9_999_999_999 })).toString('base64url');
    expect(signer.verify(`${v}.${forged}.${sig}`, now)).toBeNull();
    expect(signer.verify('garbage', now)).toBeNull();
  });

  it('signs other things (file links) under a key of their own purpose, never usable as a token', () => {
    const mac = signer.mac('file-url/v1', 'file_1.1795920000');
    expect(mac).toBe(signer.mac('file-url/v1', 'file_1.1795920000'));
    expect(mac).not.toBe(signer.mac('upload-folder/v1', 'file_1.1795920000'));
    expect(mac).not.toBe(tokenSigner('secret-b', 3600).mac('file-url/v1', 'file_1.1795920000'));
    const payload = Buffer.from(JSON.stringify({ sub: 'acc_1', exp: 9_999_999_999 })).toString('base64url');
    expect(signer.verify(`v1.${payload}.${signer.mac('file-url/v1', payload)}`, now)).toBeNull();
  });
});
