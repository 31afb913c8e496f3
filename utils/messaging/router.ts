import type { Runtime } from 'webextension-polyfill';
import {
  protocol,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';

/** Extension pages allowed to talk to the background, by path. */
export const EXTENSION_PAGES = [
  '/popup.html',
  '/panel.html',
  '/case.html',
  '/archive.html',
  '/settings.html',
] as const;
/** The only origin whose top-frame content scripts may send messages. */
export const KASPI_ORIGIN = 'https://kaspi.kz';

export interface SenderEnv {
  /** browser.runtime.id */
  extensionId: string;
  /** browser.runtime.getURL('/') — chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBaseUrl: string;
}

export interface SenderInfo {
  kind: SenderKind;
  tabId: number | null;
  url: string;
  /** Chrome's id of the sending document (content scripts; absent in Firefox). */
  documentId?: string;
}

/**
 * Decides who sent a message, or refuses. Extension pages are recognised by their URL on this
 * extension's origin and an allow-listed path; content scripts only from the top frame of a tab
 * showing https://kaspi.kz. Anything else — other extensions, web pages, frames — is refused.
 */
export function classifySender(
  sender: Runtime.MessageSender,
  env: SenderEnv,
): SenderInfo | { refused: string } {
  if (sender.id !== env.extensionId) return { refused: 'sender is not this extension' };
  const url = typeof sender.url === 'string' ? sender.url : '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { refused: 'sender has no URL' };
  }
  const base = new URL(env.extensionBaseUrl);
  // Compare scheme and host, not `origin`: URL gives "null" as the origin of non-special schemes in
  // some engines, which would make every extension equal.
  if (parsed.protocol === base.protocol && parsed.host === base.host && base.host !== '') {
    if (!(EXTENSION_PAGES as readonly string[]).includes(parsed.pathname)) {
      return { refused: `extension page ${parsed.pathname} is not allowed` };
    }
    return { kind: 'extension-page', tabId: sender.tab?.id ?? null, url };
  }
  // A content script: must be in a tab, in its top frame, on kaspi.kz over https.
  if (!sender.tab || typeof sender.tab.id !== 'number') return { refused: 'content script outside a tab' };
  if (sender.frameId !== 0) return { refused: 'content script in a sub-frame' };
  if (parsed.origin !== KASPI_ORIGIN) return { refused: `origin ${parsed.origin} is not kaspi.kz` };
  // Chrome also reports the origin separately; when present it must agree.
  const origin = (sender as { origin?: unknown }).origin;
  if (typeof origin === 'string' && origin !== KASPI_ORIGIN)
    return { refused: `origin ${origin} is not kaspi.kz` };
  const documentId = (sender as { documentId?: unknown }).documentId;
  return {
    kind: 'content-script',
    tabId: sender.tab.id,
    url,
    ...(typeof documentId === 'string' && documentId ? { documentId } : {}),
  };
}

export type Handlers = {
  [T in MessageType]: (payload: ResponseOfRequest<T>, sender: SenderInfo) => Promise<ResponseOf<T>>;
};
/** The parsed (output) request type a handler receives. */
type ResponseOfRequest<T extends MessageType> = import('zod').output<(typeof protocol)[T]['request']>;

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(protocol, value);
}

/**
 * Builds the background's single onMessage listener. It always answers with a Reply (never rejects),
 * so Chrome (through the polyfill) and Firefox see the same thing. Order: sender, type, shape, handler.
 */
export function createRouter(handlers: Handlers, env: SenderEnv) {
  return async function route(message: unknown, rawSender: Runtime.MessageSender): Promise<Reply> {
    const sender = classifySender(rawSender, env);
    if ('refused' in sender) return { ok: false, code: 'sender', error: `Refused: ${sender.refused}` };
    const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (!isMessageType(type))
      return { ok: false, code: 'unknown-type', error: `Unknown message ${String(type)}` };
    const spec = protocol[type];
    if (!(spec.from as readonly SenderKind[]).includes(sender.kind)) {
      return { ok: false, code: 'sender', error: `Refused: ${type} may not come from a ${sender.kind}` };
    }
    const parsed = spec.request.safeParse((message as { payload?: unknown }).payload);
    if (!parsed.success) {
      return {
        ok: false,
        code: 'shape',
        error: `Bad ${type}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
      };
    }
    try {
      const handler = handlers[type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      const data = spec.response.parse(await handler(parsed.data, sender));
      return { ok: true, data };
    } catch (error) {
      return { ok: false, code: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  };
}

export type { RequestOf };
