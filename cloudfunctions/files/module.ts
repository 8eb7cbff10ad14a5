import { defineServiceModule } from '../../server/core/service-module';
import { deleteAbandonedUploads } from '../../server/features/files/abandoned-uploads';
import { register } from './actions/register';
import { uploadTarget } from './actions/upload-target';

/**
 * 照片: on WeChat, photos uploaded to CloudBase are registered here (re-encoded, location
 * removed). The local host takes them at `POST /api/files` instead. Its job deletes photos
 * that were uploaded but never attached to anything (an abandoned form).
 */
export const filesModule = defineServiceModule({
  name: 'files',
  actions: { uploadTarget, register },
  jobs: [{ name: 'delete-abandoned-uploads', everyMinutes: 60, run: (app, at) => deleteAbandonedUploads(app, at) }],
});
