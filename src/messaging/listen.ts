import { browser, type Browser } from 'wxt/browser';
import { refusal } from './authorise';
import { EnvelopeSchema, protocol, type MessageType, type Reply } from './protocol';

/** The background's answer to one message type, given the parsed request and its sender. */
export type Handler<T extends MessageType> = (
  payload: ReturnType<(typeof protocol)[T]['req']['parse']>,
  sender: Browser.runtime.MessageSender,
) => Promise<Reply<T>> | Reply<T>;

/** Some of the handlers (each area's file: `satisfies Handlers`). */
export type Handlers = { [T in MessageType]?: Handler<T> };
/** Every handler: the background's map `satisfies HandlerMap`, so a forgotten type fails tsc. */
export type HandlerMap = { [T in MessageType]: Handler<T> };

type AnyHandler = (p: unknown, s: Browser.runtime.MessageSender) => unknown;

/**
 * Background side: accepts only messages from this extension's own contexts, authorises
 * the sender for the message type, parses the envelope and payload, and answers `{error}`
 * instead of throwing across the boundary.
 */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const env = EnvelopeSchema.safeParse(raw);
    if (!env.success) return undefined;
    const type = env.data.type;
    const handler = handlers[type] as AnyHandler | undefined;
    if (!handler) return undefined;
    const denied = refusal(type, env.data.payload, sender);
    if (denied) return Promise.resolve({ error: `refused ${denied}` });
    const parsed = protocol[type].req.safeParse(env.data.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Promise.resolve({
        error: `invalid ${type}: ${issue?.path.join('.')} ${issue?.message}`,
      });
    }
    return Promise.resolve()
      .then(() => handler(parsed.data, sender))
      .catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
  });
}
