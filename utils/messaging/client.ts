import { browser } from 'wxt/browser';
// Type-only: the content script uses this client and must not bundle zod.
import type { MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends one protocol message to the background and unwraps its reply; throws MessageError on refusal. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseOf<T>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError('no-reply', `No reply from the background to ${type}`);
  }
  if (reply.ok) return reply.data;
  throw new MessageError(reply.code, reply.error);
}
