import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where photo bytes live, behind one seam: a folder under the data directory on the local
 * host, CloudBase storage on WeChat. The `files` table holds what we know about each file;
 * the store only holds bytes under a key it chose.
 */
export interface FileStore {
  /** Written to `files.storage`: a row is served only by the store that wrote it. */
  readonly kind: 'local' | 'cloud';
  /** Stores the bytes under a name made of the file id; answers the storage key. */
  put(name: string, data: Buffer, mime: string): Promise<string>;
  /** The bytes under a key, or null when nothing is stored there. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Links a viewer can load directly for `maxAgeSeconds` (CloudBase temporary URLs). A
   * store without it is served by the host at `/files/<id>` with a signed URL instead.
   */
  temporaryUrls?(keys: string[], maxAgeSeconds: number): Promise<Array<string | null>>;
}

/** Keys are `3f/<name>`: the file's name (made of its id) in one of 256 folders. */
const SAFE_NAME = /^[A-Za-z0-9_-]+\.[a-z0-9]+$/;
const SAFE_KEY = /^[0-9a-f]{2}\/[A-Za-z0-9_-]+\.[a-z0-9]+$/;

/** DATA_DIR/files/: the local host's store. */
export function localFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    // Keys come from our own rows, but a key that could leave the folder is never opened.
    if (!SAFE_KEY.test(key)) throw new Error('invalid storage key');
    return path.join(root, key);
  };
  return {
    kind: 'local',
    async put(name, data) {
      if (!SAFE_NAME.test(name)) throw new Error('invalid file name');
      const key = `${createHash('sha256').update(name).digest('hex').slice(0, 2)}/${name}`;
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written under a temporary name and renamed: a reader never sees half a photo.
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, data, { mode: 0o600 });
      await fs.rename(partial, file);
      return key;
    },
    async get(key) {
      try {
        return await fs.readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}
