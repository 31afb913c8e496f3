/** What a photo says about itself (utils/evidence/exif.ts), read from real EXIF bytes. */
import { describe, expect, it } from 'vitest';
import { readCameraFacts } from '@/utils/evidence/exif';
import { jpegWithExif } from '../../support/exif-jpeg';

describe('readCameraFacts', () => {
  it("reads the camera's time, offset and name from a phone photo", async () => {
    const photo = jpegWithExif({
      make: 'Apple',
      model: 'iPhone 13',
      dateTimeOriginal: '2026:11:16 14:03:22',
      offsetTimeOriginal: '+05:00',
    });
    expect(await readCameraFacts(photo, 'image/jpeg')).toEqual({
      takenAt: '2026-11-16T14:03:22+05:00',
      camera: 'Apple iPhone 13',
    });
  });

  it('keeps a local time without offset, and does not repeat the make', async () => {
    const photo = jpegWithExif({
      make: 'Canon',
      model: 'Canon EOS R6',
      dateTimeOriginal: '2026:11:15 09:00:00',
    });
    expect(await readCameraFacts(photo, 'image/jpeg')).toEqual({
      takenAt: '2026-11-15T09:00:00',
      camera: 'Canon EOS R6',
    });
  });

  it('gives nothing for impossible dates, other types, no EXIF, or garbage — never an error', async () => {
    const badDate = jpegWithExif({ model: 'X', dateTimeOriginal: '0000:00:00 00:00:00' });
    expect(await readCameraFacts(badDate, 'image/jpeg')).toEqual({ takenAt: null, camera: 'X' });
    const photo = jpegWithExif({ make: 'Apple', dateTimeOriginal: '2026:11:16 14:03:22' });
    expect(await readCameraFacts(photo, 'text/plain')).toEqual({ takenAt: null, camera: null });
    expect(await readCameraFacts(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg')).toEqual({
      takenAt: null,
      camera: null,
    });
    expect(await readCameraFacts(new TextEncoder().encode('not an image'), 'image/jpeg')).toEqual({
      takenAt: null,
      camera: null,
    });
  });

  it('strips control characters from camera names', async () => {
    const photo = jpegWithExif({ make: 'Xiao\u0001mi', model: 'Redmi\u0007 Note 12' });
    expect((await readCameraFacts(photo, 'image/jpeg')).camera).toBe('Xiao mi Redmi Note 12');
  });
});
