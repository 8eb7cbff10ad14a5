import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFileStore } from './file-store';

describe('the local file store', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nmx-files-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps bytes under a key in one of 256 folders, readable by the owner only', async () => {
    const store = localFileStore(root);
    const key = await store.put('file_abc.jpg', Buffer.from('photo'), 'image/jpeg');
    expect(key).toMatch(/^[0-9a-f]{2}\/file_abc\.jpg$/);
    expect((await store.get(key))!.toString()).toBe('photo');
    expect(fs.statSync(path.join(root, key)).mode & 0o777).toBe(0o600);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it.each(['../secrets.json', '00/../../secrets.json', '/etc/passwd', 'ab/file.jpg\u0000'])('never opens a key that could leave its folder: %j', async (key) => {
    const store = localFileStore(root);
    await expect(store.get(key)).rejects.toThrow('invalid storage key');
    await expect(store.delete(key)).rejects.toThrow('invalid storage key');
  });

  it('refuses a file name that is not an id and an extension', async () => {
    await expect(localFileStore(root).put('../x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow('invalid file name');
  });
});
