/**
 * The push half of a round: this machine's docs whose content hash differs from what the server
 * last acknowledged, in `_bulk_docs` batches. Each batch's acknowledgements are stored before
 * the next is sent, so a round cut off half-way does not resend what already landed.
 */
import { CouchFailure, type BulkResult, type CouchClient } from './couch';
import type { PushedEntry, TeamStore } from './store';
import type { TeamDoc } from './types';

export const PUSH_BATCH = 200;
/**
 * Bytes of JSON per `_bulk_docs` request: a TLS proxy in front of CouchDB often refuses bodies
 * over 1 MB (nginx's default client_max_body_size), and pouchdb-server drops the connection on
 * ~7 MB; one month doc is tens of KB, so a batch of ~900 KB still carries dozens.
 */
export const PUSH_BYTES = 900_000;

export interface PushDeps {
  couch: Pick<CouchClient, 'bulkDocs' | 'rev'>;
  store: TeamStore;
  docHash(doc: TeamDoc): string;
}

/** Updated as the push goes, so a round that fails half-way still reports what is left. */
export interface PushProgress {
  /** Docs still to land on the server. */
  pending: number;
  /** Docs written this round. */
  sent: number;
  /** Docs refused this round (conflict, validation …): retried next round. */
  failed: number;
  /** The server's reason for the last refusal other than a conflict (shown), else null. */
  refusal: string | null;
}

export interface Outgoing {
  doc: TeamDoc;
  hash: string;
}

/** What is to be sent: docs whose hash differs from the acknowledged one, with the rev to send. */
export async function toPush(d: PushDeps, docs: readonly TeamDoc[]): Promise<Outgoing[]> {
  const pushed = await d.store.pushed();
  const out: Outgoing[] = [];
  for (const doc of docs) {
    const hash = d.docHash(doc);
    const known = pushed.get(doc._id);
    if (known?.hash === hash) continue;
    // Own docs are written only here: the server's rev is the one we last got back (if any).
    const { _rev: _ignored, ...body } = doc;
    out.push({ doc: known?.rev ? { ...body, _rev: known.rev } : body, hash });
  }
  return out;
}

const authFailure = (r: BulkResult) =>
  new CouchFailure(
    'auth',
    {
      zh: `服务器拒绝写入（${r.reason ?? r.error}）：该用户没有写这个数据库的权限`,
      en: `The server refused the write (${r.reason ?? r.error}): this user may not write to the database`,
    },
    401,
  );

/** Sends one batch; stores acks and, for conflicts, the server's current rev (hash ''). */
async function sendBatch(d: PushDeps, batch: readonly Outgoing[], p: PushProgress): Promise<void> {
  const results = await d.couch.bulkDocs(batch.map((b) => b.doc));
  const hashOf = new Map(batch.map((b) => [b.doc._id, b.hash]));
  const entries: PushedEntry[] = [];
  const conflicts: string[] = [];
  let denied: BulkResult | null = null;
  for (const r of results) {
    const hash = hashOf.get(r.id);
    if (hash === undefined) continue;
    if (r.rev && !r.error) {
      entries.push({ id: r.id, rev: r.rev, hash });
      p.sent += 1;
      p.pending -= 1;
      continue;
    }
    p.failed += 1;
    if (r.error === 'conflict') conflicts.push(r.id);
    else if (r.error === 'unauthorized') denied = r;
    else p.refusal = `${r.id}: ${r.error ?? ''} ${r.reason ?? ''}`.trim();
  }
  // Acks first: a failure while asking for the revs below must not lose them.
  await d.store.setPushed(entries);
  if (denied) throw authFailure(denied);
  const revs: PushedEntry[] = [];
  for (const id of conflicts) revs.push({ id, rev: (await d.couch.rev(id)) ?? '', hash: '' });
  await d.store.setPushed(revs);
}

/** Sends what `toPush` chose, batch by batch; single docs' failures are counted in `p`. */
export async function push(d: PushDeps, todo: readonly Outgoing[], p: PushProgress): Promise<void> {
  for (const batch of batches(todo)) await sendBatch(d, batch, p);
}

/** At most PUSH_BATCH docs and PUSH_BYTES of JSON a batch (a larger doc goes alone). */
export function batches(todo: readonly Outgoing[]): Outgoing[][] {
  const out: Outgoing[][] = [];
  let cur: Outgoing[] = [];
  let bytes = 0;
  for (const o of todo) {
    const size = JSON.stringify(o.doc).length;
    if (cur.length > 0 && (cur.length >= PUSH_BATCH || bytes + size > PUSH_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(o);
    bytes += size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
