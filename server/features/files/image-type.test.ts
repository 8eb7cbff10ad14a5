import { sniffImage } from './image-type';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffImage: the type of an upload is read from its first bytes', () => {
  it.each([
    { name: 'JPEG', input: bytes([0xff, 0xd8, 0xff, 0xe1], 'rest'), expected: { kind: 'photo', mime: 'image/jpeg' } },
    { name: 'PNG', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), expected: { kind: 'photo', mime: 'image/png' } },
    { name: 'WebP', input: bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), expected: { kind: 'photo', mime: 'image/webp' } },
    { name: 'GIF', input: bytes('GIF89a', [1, 0]), expected: { kind: 'other-image', format: 'gif' } },
    { name: 'HEIC', input: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]), expected: { kind: 'other-image', format: 'heif' } },
    { name: 'AVIF', input: bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0]), expected: { kind: 'other-image', format: 'heif' } },
    { name: 'TIFF', input: bytes([0x49, 0x49, 0x2a, 0x00], 'rest'), expected: { kind: 'other-image', format: 'tiff' } },
    { name: 'BMP', input: bytes('BM', [0x36, 0, 0, 0], [0, 0, 0, 0], [0x36, 0, 0, 0]), expected: { kind: 'other-image', format: 'bmp' } },
    { name: 'text beginning with BM', input: bytes('BMW 3 series'), expected: { kind: 'not-image' } },
    { name: 'a RIFF that is a WAV', input: bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), expected: { kind: 'not-image' } },
    { name: 'a PDF', input: bytes('%PDF-1.7'), expected: { kind: 'not-image' } },
    { name: 'two bytes of a JPEG', input: bytes([0xff, 0xd8]), expected: { kind: 'not-image' } },
    { name: 'nothing', input: bytes(), expected: { kind: 'not-image' } },
  ])('$name → $expected.kind', ({ input, expected }) => {
    expect(sniffImage(input)).toEqual(expected);
  });
});
