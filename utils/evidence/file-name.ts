/**
 * The name a stored file is saved under when the buyer downloads it. Evidence names come from the
 * buyer's disk or from an imported archive, i.e. from anyone: 'Чек.pdf.exe' must not land in the
 * Downloads folder as a program, nor '../x' or a name with control characters anywhere at all.
 */
import { safeFileName } from '../archive/names';

/** The extension of the stored MIME types a buyer's evidence has; others keep a harmless extension. */
const EXTENSION_OF_MIME: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/tiff': 'tiff',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/3gpp': '3gp',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/zip': 'zip',
};

/**
 * Extensions a desktop runs or interprets as code when the file is opened (Windows, macOS, Linux), and
 * pages that run script when opened from disk (HTML, SVG).
 */
const EXECUTABLE = new Set(
  (
    'exe com scr pif bat cmd msi msp mst cpl dll sys hta jar js jse mjs vbs vbe wsf wsh ws ps1 psm1 psc1 ' +
    'lnk inf reg scf url application appref-ms gadget msc sh bash zsh csh ksh command app pkg dmg run ' +
    'bin elf apk deb rpm appimage desktop iso img vhd vhdx xll xlam docm xlsm pptm chm py pyw pl rb php ' +
    'workflow html htm xhtml shtml svg svgz mht mhtml xml'
  ).split(' '),
);

/** 'image/jpeg; charset=…' → 'image/jpeg'. */
function baseMime(mime: string): string {
  return mime.split(';')[0]!.trim().toLowerCase();
}

/** Every extension at the end of a name, last first: 'a.tar.gz' → ['gz', 'tar']. */
function lastExtension(name: string): string | null {
  const m = /\.([\p{L}\p{M}\p{Nd}-]{1,12})$/u.exec(name);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * A safe download name: path separators, control and reserved characters replaced (as in archives,
 * utils/archive/names.ts), executable extensions removed wherever they end the name (so 'Чек.pdf.exe'
 * → 'Чек.pdf'), and the extension taken from the stored MIME type when it is known (a PDF is saved
 * as .pdf whatever it was called). Never empty; at most 80 characters.
 * @example safeDownloadName('Чек.pdf.exe', 'application/pdf') // 'Чек.pdf'
 */
export function safeDownloadName(name: string, mime: string): string {
  let base = safeFileName(name);
  // Strip executable extensions, however many are stacked ('x.exe.scr').
  for (let ext = lastExtension(base); ext && EXECUTABLE.has(ext); ext = lastExtension(base))
    base = base.slice(0, -(ext.length + 1)).replace(/[. ]+$/, '');
  if (base === '') base = 'file';
  const wanted = EXTENSION_OF_MIME[baseMime(mime)];
  if (wanted) {
    const ext = lastExtension(base);
    // The name's own extension goes when it names another type ('photo.pdf' stored as image/jpeg).
    const same =
      ext === wanted || (wanted === 'jpg' && ext === 'jpeg') || (wanted === 'tiff' && ext === 'tif');
    if (!same) base = `${base}.${wanted}`;
  } else if (lastExtension(base) === null) {
    base = `${base}.dat`;
  }
  return safeFileName(base);
}
