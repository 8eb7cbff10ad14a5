import type { FileStore } from './file-store';

/** The part of wx-server-sdk's storage API the store uses (a fake one in tests). */
export interface CloudStorageSdk {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg?: string }> }>;
  getTempFileURL(options: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg?: string }>;
  }>;
}

/** Re-encoded photos live here; what residents upload lands under `uploads/` first. */
export const CLOUD_PHOTO_FOLDER = 'photos';

/**
 * CloudBase storage through wx-server-sdk: the key is the `cloud://…` file ID. Files are
 * read by the cloud function (admin rights), never by clients directly: viewers get
 * temporary URLs for the photos a service shows them.
 */
export function cloudFileStore(sdk: CloudStorageSdk): FileStore {
  return {
    kind: 'cloud',
    async put(name, data) {
      const { fileID } = await sdk.uploadFile({ cloudPath: `${CLOUD_PHOTO_FOLDER}/${name}`, fileContent: data });
      return fileID;
    },
    async get(key) {
      try {
        return (await sdk.downloadFile({ fileID: key })).fileContent;
      } catch {
        // The SDK throws for a missing file and gives no code to tell it from other failures.
        return null;
      }
    },
    async delete(key) {
      const { fileList } = await sdk.deleteFile({ fileList: [key] });
      const failed = fileList.find((f) => f.status !== 0 && !/not.?exist|不存在/i.test(f.errMsg ?? ''));
      if (failed) throw new Error(`cloud delete failed: ${failed.status}`);
    },
    async temporaryUrls(keys, maxAgeSeconds) {
      if (keys.length === 0) return [];
      const { fileList } = await sdk.getTempFileURL({ fileList: keys.map((fileID) => ({ fileID, maxAge: maxAgeSeconds })) });
      const byId = new Map(fileList.filter((f) => f.status === 0).map((f) => [f.fileID, f.tempFileURL]));
      return keys.map((key) => byId.get(key) ?? null);
    },
  };
}

/** The store of a cloud function: wx-server-sdk, loaded on first use and only on WeChat's runtime. */
export function wxCloudFileStore(): FileStore {
  let store: FileStore | null = null;
  const sdkStore = () => {
    if (!store) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cloud = require('wx-server-sdk') as CloudStorageSdk & { init(o: object): void; DYNAMIC_CURRENT_ENV: unknown };
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
      store = cloudFileStore(cloud);
    }
    return store;
  };
  return {
    kind: 'cloud',
    put: (name, data, mime) => sdkStore().put(name, data, mime),
    get: (key) => sdkStore().get(key),
    delete: (key) => sdkStore().delete(key),
    temporaryUrls: (keys, maxAge) => sdkStore().temporaryUrls!(keys, maxAge),
  };
}
