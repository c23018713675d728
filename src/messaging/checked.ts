import { call } from './client';
import { protocol, type MessageType, type Reply, type Req } from './protocol';

/**
 * `call` with the reply parsed by the protocol's zod schema: for extension pages that bundle
 * zod anyway (options). Content scripts and the badge use `call` itself.
 */
export function callChecked<T extends MessageType>(type: T, payload: Req<T>): Promise<Reply<T>> {
  return call(type, payload, (r) => protocol[type].res.parse(r) as Reply<T>);
}
