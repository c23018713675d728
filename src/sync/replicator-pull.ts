/**
 * The pull half of a round: `_changes` since the stored checkpoint, in batches; every batch
 * lands with its checkpoint in one transaction (resumable). Pulled docs are never trusted: each
 * goes through `validate`; refused ones are counted and skipped, never stored.
 */
import type { CouchClient, Seq } from './couch';
import type { TeamStore } from './store';
import type { TeamDoc } from './types';

export const PULL_BATCH = 500;

export interface PullDeps {
  couch: Pick<CouchClient, 'changes'>;
  store: TeamStore;
  validate(raw: unknown): TeamDoc | { error: string };
}

export interface PullOutcome {
  /** Valid docs stored this round. */
  received: number;
  /** Docs the validation refused this round, with the first few reasons. */
  refused: number;
  errors: string[];
}

const MAX_ERRORS = 10;

export async function pull(d: PullDeps, serverKey: string, out: PullOutcome): Promise<void> {
  let since: Seq = (await d.store.checkpoint())?.since ?? 0;
  for (;;) {
    const page = await d.couch.changes(since, PULL_BATCH);
    const docs: TeamDoc[] = [];
    const deleted: string[] = [];
    for (const c of page.results) {
      if (c.id.startsWith('_design/')) continue;
      if (c.deleted) {
        deleted.push(c.id);
        continue;
      }
      const v = d.validate(c.doc);
      if ('error' in v) {
        out.refused += 1;
        if (out.errors.length < MAX_ERRORS) out.errors.push(v.error);
      } else docs.push(v);
    }
    if (page.results.length > 0) {
      await d.store.putPulled(docs, { since: page.last_seq, serverKey }, deleted);
      out.received += docs.length;
    }
    if (page.results.length < PULL_BATCH) return;
    since = page.last_seq;
  }
}
