import { z } from 'zod';

/**
 * zod, set up for the extension's CSP (build/csp.ts: no 'unsafe-eval'). zod's JIT compiles object
 * parsers with `new Function` when the page allows it; ours never does, and zod's probe for it is
 * reported by Firefox as a CSP violation on every page that parses. `jitless` skips the probe and the
 * JIT (which could not run anyway). Every runtime import of zod goes through this module
 * (tests/unit/release/zod-jitless.test.ts checks it).
 */
z.config({ jitless: true });

export { z };
