/**
 * Floors: what the least possible page doing the same kind of work costs on this machine, measured
 * beside the real page in the same run, so a ratio goal can be read against what is possible at all.
 *
 * - Popup (section 4), `bench-index.html`: a classic first script opens the extension's database, reads
 *   the case count and the 10 most urgent case-index rows, lists their titles unstyled, forces the
 *   layout and sets the popup's render mark. No check that the index is current, no frame, no style.
 * - Panel (section 5), `bench-react.html`: a framed page with the panel's style sheet whose module is
 *   React alone (react + react-dom, production build) rendering a seven-field form with values, then
 *   focusing its first field and posting "ran" to the page on the next frame, as the panel posts
 *   "ready". No i18next, no zod, no Dexie, no facts to take: React's own cost.
 */
import { build } from 'esbuild';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const INDEX_FLOOR_PAGE = 'bench-index.html';
export const REACT_FLOOR_PAGE = 'bench-react.html';

const INDEX_FLOOR_JS = `performance.mark('shagym:popup-script');
const open = indexedDB.open('shagym');
open.onupgradeneeded = () => open.transaction.abort();
open.onsuccess = () => {
  const db = open.result;
  const tx = db.transaction(['caseIndex'], 'readonly');
  const count = tx.objectStore('caseIndex').count();
  const top = tx.objectStore('caseIndex').index('[rank+newestFirst+id]').getAll(null, 10);
  tx.oncomplete = () => {
    const ul = document.createElement('ul');
    for (const row of top.result) {
      const li = document.createElement('li');
      li.textContent = String(row.title);
      ul.append(li);
    }
    document.body.append(ul);
    document.body.getBoundingClientRect();
    performance.mark('shagym:popup-rendered', { detail: { cases: count.result, from: 'floor' } });
    db.close();
  };
};
`;

/** The React floor's module (bundled by esbuild below). */
const REACT_FLOOR_SOURCE = `import { createElement as h, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
const FIELDS = ['orderNumber', 'productTitle', 'sellerName', 'price', 'productCode', 'merchantId', 'productUrl'];
function Form() {
  useEffect(() => {
    requestAnimationFrame(() => {
      document.querySelector('input')?.focus();
      parent.postMessage('shagym-bench:frame-ran', '*');
    });
  }, []);
  return h('main', { className: 'panel' },
    h('header', null, h('h1', null, 'Подготовить жалобу'), h('select', null, h('option', null, 'РУС'), h('option', null, 'ҚАЗ'))),
    h('section', null,
      h('h2', null, 'Заказ'),
      h('p', null, 'Данные со страницы — проверьте и исправьте при необходимости.'),
      ...FIELDS.map((f) => h('label', { key: f, className: 'field' }, f, h('input', { name: f, defaultValue: f + ' 612345678' })))),
    h('footer', null, h('button', { type: 'button' }, 'Назад'), h('button', { type: 'button' }, 'Далее')));
}
createRoot(document.getElementById('root')).render(h(Form));
`;

/** Writes both floor pages into the measured copy of the build (`dir`); returns their names. */
export async function writeFloors(dir, root) {
  writeFileSync(
    join(dir, INDEX_FLOOR_PAGE),
    '<!doctype html><p>floor</p><script src="bench-index.js"></script>\n',
  );
  writeFileSync(join(dir, 'bench-index.js'), INDEX_FLOOR_JS);
  const res = await build({
    stdin: { contents: REACT_FLOOR_SOURCE, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'bench-react.js'), res.outputFiles[0].text);
  const theme = readdirSync(join(dir, 'assets')).find((f) => /^theme-.*\.css$/.test(f));
  writeFileSync(
    join(dir, REACT_FLOOR_PAGE),
    `<!doctype html><meta charset="utf-8">${theme ? `<link rel="stylesheet" href="/assets/${theme}">` : ''}<div id="root"></div><script type="module" src="bench-react.js"></script>\n`,
  );
  return { index: INDEX_FLOOR_PAGE, react: REACT_FLOOR_PAGE, reactBytes: res.outputFiles[0].text.length };
}
