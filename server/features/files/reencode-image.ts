import type { PhotoMime } from './image-type';

/** The long side of a stored photo: enough to read a meter or see a leak, small on 4G. */
export const MAX_PHOTO_SIDE = 2048;

/**
 * Decoding stops above this many input pixels (100 MP, more than any phone camera takes):
 * a small file that claims to be a gigapixel image must not take the host's memory.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

export interface ReencodedImage {
  data: Buffer;
  mime: PhotoMime;
  width: number;
  height: number;
}

/** The bytes could not be decoded as the image their signature announces. */
export class UndecodableImage extends Error {
  constructor() {
    super('undecodable image');
    this.name = 'UndecodableImage';
  }
}

/**
 * Re-encodes an uploaded photo: turned upright by its EXIF orientation, then written anew
 * without any metadata (no GPS position, camera serial or time taken: sharp drops all of it
 * unless asked to keep it), at most 2,048 px on the long side, in the format it came in.
 */
export async function reencodeImage(input: Buffer, mime: PhotoMime): Promise<ReencodedImage> {
  // Required here, not at the top: every cloud function bundles the service list, and only
  // the `files` function ships sharp's native library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sharp = require('sharp') as typeof import('sharp').default;
  try {
    // rotate() without an angle is the auto-orientation (also in sharp 0.33, for Node 18 clouds).
    const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false })
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      mime === 'image/jpeg'
        ? pipeline.jpeg({ quality: 82 })
        : mime === 'image/png'
          ? pipeline.png()
          : pipeline.webp({ quality: 82 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, mime, width: info.width, height: info.height };
  } catch {
    throw new UndecodableImage();
  }
}
