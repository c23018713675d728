/**
 * The one typed protocol between contexts: schemas per area (./schemas/), the message map
 * (./protocol.ts), one client (./client.ts, zod-free; ./checked.ts parses replies), the
 * background's listener and sender authorisation (./listen.ts, ./authorise.ts) and the
 * storage keys several contexts share (./keys.ts).
 */
export * from './schemas/observation';
export * from './schemas/health';
export * from './schemas/requests';
export * from './protocol';
export * from './keys';
