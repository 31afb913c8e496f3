// `web-ext lint` on the Chrome build (.output/chrome-mv3): the same JavaScript and content rules as
// addons.mozilla.org applies to the Firefox build, so a warning caused by our bundle is caught in both.
// Fails on any error or warning except the three manifest messages that are about Firefox-only keys and
// are expected in a Chrome manifest by design (the Firefox build has them; `npm run lint:firefox`).
import { execFileSync } from 'node:child_process';

/** Firefox-only manifest requirements, expected to be absent from the Chrome manifest. */
export const CHROME_ONLY_EXPECTED = new Map([
  // Chrome MV3 has a service worker; Firefox MV3 an event page (`background.scripts`, its own build).
  ['BACKGROUND_SERVICE_WORKER_NOFALLBACK', 'Chrome MV3 background is a service worker'],
  // browser_specific_settings.gecko.id is added only to the Firefox build.
  ['ADDON_ID_REQUIRED', 'the gecko id is in the Firefox build only'],
  // data_collection_permissions (a gecko key) is in the Firefox build only.
  ['MISSING_DATA_COLLECTION_PERMISSIONS', 'a gecko key, in the Firefox build only'],
]);

const dir = process.argv[2] ?? '.output/chrome-mv3';
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  out = error.stdout; // web-ext exits 1 on errors; the JSON is still printed
}
const report = JSON.parse(out.slice(out.indexOf('{')));
const messages = [...report.errors, ...report.warnings];
const ours = messages.filter((m) => !CHROME_ONLY_EXPECTED.has(m.code));
for (const m of messages.filter((m) => CHROME_ONLY_EXPECTED.has(m.code)))
  console.log(`expected in the Chrome build: ${m.code} (${CHROME_ONLY_EXPECTED.get(m.code)})`);
for (const m of ours) console.error(`${m.type} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
console.log(`web-ext lint ${dir}: ${ours.length} error(s) or warning(s) of our own`);
process.exit(ours.length ? 1 : 0);
