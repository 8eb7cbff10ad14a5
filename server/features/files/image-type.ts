/** The photo formats the app accepts, decided by the file's first bytes, never by a header. */
export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';

export type SniffedImage =
  | { kind: 'photo'; mime: PhotoMime }
  /** A real image in a format we do not take (GIF, HEIC, TIFF…): 415. */
  | { kind: 'other-image'; format: string }
  /** Not an image at all (text, PDF, nothing): 400. */
  | { kind: 'not-image' };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** ISO-BMFF brands of still-image formats (HEIC from iPhones, AVIF…). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

export function sniffImage(bytes: Uint8Array): SniffedImage {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'photo', mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'photo', mime: 'image/png' };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'photo', mime: 'image/webp' };
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return { kind: 'other-image', format: 'gif' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'other-image', format: 'tiff' };
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return { kind: 'other-image', format: 'heif' };
  // BMP: "BM", the file size, then four reserved zero bytes (so a text starting "BM" is not one).
  if (startsWith(bytes, [0x42, 0x4d]) && startsWith(bytes, [0, 0, 0, 0], 6)) return { kind: 'other-image', format: 'bmp' };
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return { kind: 'other-image', format: 'ico' };
  return { kind: 'not-image' };
}

export const EXTENSION_OF: Record<PhotoMime, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
