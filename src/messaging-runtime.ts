import { browser, type Browser } from 'wxt/browser';
import { EnvelopeSchema, protocol, type MessageType, type Req, type Res } from './messaging';

/** Sends a typed message to the background and validates the reply. */
export async function send<T extends MessageType>(type: T, payload: Req<T>): Promise<Res<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(String((reply as { error: unknown }).error));
  }
  return protocol[type].res.parse(reply) as Res<T>;
}

export type Handlers = {
  [T in MessageType]?: (
    payload: ReturnType<(typeof protocol)[T]['req']['parse']>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Res<T>> | Res<T>;
};

/**
 * Background side: accepts only messages from this extension's own contexts, parses the
 * envelope and payload, and answers `{error}` instead of throwing across the boundary.
 */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const env = EnvelopeSchema.safeParse(raw);
    if (!env.success) return undefined;
    const type = env.data.type;
    const handler = handlers[type] as
      ((p: unknown, s: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const parsed = protocol[type].req.safeParse(env.data.payload);
    if (!parsed.success) {
      return Promise.resolve({
        error: `invalid ${type}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      });
    }
    return Promise.resolve()
      .then(() => handler(parsed.data, sender))
      .catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
  });
}
