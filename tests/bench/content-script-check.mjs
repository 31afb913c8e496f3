/**
 * Reads entrypoints/kaspi.content/index.ts and checks that extraction (readKaspiPage) runs only in the
 * launcher's click handler, so a page that is not a complaint surface gets classification only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Source without comments and string contents (enough for counting calls). */
function codeOnly(src) {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

/** [start, end) of the body of `function name(` (brace-matched), or null. */
function functionBody(code, name) {
  const m = new RegExp(`function\\s+${name}\\s*\\(`).exec(code);
  if (!m) return null;
  const open = code.indexOf('{', code.indexOf(')', m.index));
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return [open, i + 1];
  }
  return null;
}

const positions = (code, re) => [...code.matchAll(re)].map((m) => m.index);

export function checkContentScript(root) {
  const file = join(root, 'entrypoints', 'kaspi.content', 'index.ts');
  const raw = readFileSync(file, 'utf8');
  const code = codeOnly(raw);
  const runAt = /runAt\s*:\s*['"]([\w_]+)['"]/.exec(raw)?.[1] ?? 'document_idle (default)';

  const onLaunch = functionBody(code, 'onLaunch');
  const reads = positions(code, /\breadKaspiPage\s*\(/g);
  const readsInClick = onLaunch ? reads.filter((p) => p >= onLaunch[0] && p < onLaunch[1]).length : 0;
  // Calls of onLaunch( other than its own definition.
  const launchRefs = positions(code, /(?<!function\s+)\bonLaunch\s*\(/g);
  const wiredToClick = /createLauncher\s*\([^;]*\bonLaunch\b/.test(code);
  const classifies = positions(code, /\bclassifyKaspiPage\s*\(/g).length;
  const ok = onLaunch !== null && reads.length > 0 && readsInClick === reads.length && wiredToClick;
  const observes = /new\s+MutationObserver\s*\(/.test(code);
  const urlGate = /classifyKaspiUrl\s*\([^)]*\)\s*===\s*null/.test(code);
  return {
    file: 'entrypoints/kaspi.content/index.ts',
    runAt,
    readKaspiPageCalls: reads.length,
    readKaspiPageCallsInClickHandler: readsInClick,
    onLaunchWiredToLauncherClick: wiredToClick,
    onLaunchCallSites: launchRefs.length,
    classifyKaspiPageCalls: classifies,
    extractionOnlyOnClick: ok,
    mutationObserver: observes,
    observerOnlyWhenUrlUndecided: observes && urlGate,
    summary: ok
      ? 'On every kaspi.kz page (top frame, at document_idle) the content script reads the language ' +
        '(storage), then runs classifyKaspiPage(location.href, document) — again on language change and ' +
        'on wxt:locationchange (Navigation API events, no polling). Only product/merchant/order pages get ' +
        'the launcher; readKaspiPage (extraction) runs only in onLaunch, the launcher click handler.' +
        (observes
          ? urlGate
            ? ' A MutationObserver re-classifies only pages whose URL does not decide (possible order ' +
              'pages); category, search and home pages are decided by the URL, so they get classification only.'
            : ' It also uses a MutationObserver: check which pages it watches.'
          : '')
      : 'COULD NOT CONFIRM that readKaspiPage runs only on the launcher click: review ' +
        'entrypoints/kaspi.content/index.ts (the check looks for readKaspiPage( inside function onLaunch, ' +
        'passed to createLauncher).',
  };
}
