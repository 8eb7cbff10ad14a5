import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { registerCloudUpload } from '../../../server/features/files/cloud-registration';

const input = z
  .object({
    cloudFileId: z
      .string()
      .max(512)
      .regex(/^cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9_./-]+$/, '文件编号格式不正确'),
  })
  .strict();

/** WeChat only: takes a photo the caller uploaded to CloudBase → `{ fileId, width, height, bytes }`. */
export const register = defineAction({
  input,
  auth: 'required',
  mutation: true,
  handle: async ({ cloudFileId }, ctx) => registerCloudUpload(ctx, cloudFileId),
});
