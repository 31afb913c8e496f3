// exifr's lite build (JPEG, HEIC, TIFF; 45 KB instead of 75 KB) has the full build's API.
declare module 'exifr/dist/lite.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
