import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { uploadTarget as targetFor } from '../../../server/features/files/cloud-registration';

/** WeChat only: the CloudBase path the caller's next photo is uploaded to (`Taro.cloud.uploadFile`). */
export const uploadTarget = defineAction({
  input: z.object({}).strict(),
  auth: 'required',
  mutation: false,
  handle: async (_input, ctx) => targetFor(ctx),
});
