import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDirty, SEP } from '../../../src/history/ledger';
import {
  PUSH_DELAY_MS,
  SyncAgent,
  accountsOf,
  type SyncEngine,
} from '../../../src/background/sync-agent';
import { blankStatus, type SyncConfig, type SyncStatus } from '../../../src/sync/types';

const IDLE: SyncStatus = blankStatus('idle');

function harness(stored: unknown, grantedOrigins: string[] = []) {
  const saved: SyncConfig[] = [];
  const alarms: boolean[] = [];
  const engines: Array<
    SyncEngine & {
      dirty: string[][];
      rounds: number;
      forgot: boolean[];
      reads: number;
      last: { received: number };
    }
  > = [];
  const deps = {
    load: () => Promise.resolve(stored),
    save: (c: SyncConfig) => {
      saved.push(c);
      return Promise.resolve();
    },
    granted: (o: string) => Promise.resolve(grantedOrigins.includes(o)),
    engine: () => {
      const e = {
        dirty: [] as string[][],
        rounds: 0,
        forgot: [] as boolean[],
        markDirty(k: Iterable<string>) {
          e.dirty.push([...k]);
        },
        round() {
          e.rounds += 1;
          return Promise.resolve();
        },
        status: () => IDLE,
        reads: 0,
        last: { received: 0 },
        teamDocs() {
          e.reads += 1;
          return Promise.resolve([]);
        },
        forget(remote: boolean) {
          e.forgot.push(remote);
          return Promise.resolve();
        },
      };
      engines.push(e);
      return Promise.resolve(e);
    },
    alarm: (on: boolean) => {
      alarms.push(on);
      return Promise.resolve();
    },
    now: () => 0,
  };
  return { deps, saved, engines, alarms };
}

const ready: SyncConfig = {
  enabled: true,
  url: 'https://couch.example.com',
  db: 'team',
  username: 'ops',
  password: 'pw',
  machine: { id: 'a-00000000', name: 'A' },
};

describe('SyncAgent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('first start: saves a new machine id once, stays off, never builds an engine', async () => {
    const h = harness(undefined);
    const agent = await SyncAgent.start(h.deps);
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]!.machine.id).toMatch(/^pc-[0-9a-f]{8}$/);
    expect(agent.status().state).toBe('off');
    expect(h.engines).toHaveLength(0);
    expect(h.alarms).toEqual([false]);
    agent.changed(emptyDirty());
    expect(h.engines).toHaveLength(0);
  });

  it('enabled but the origin not granted: no engine, status no_permission', async () => {
    const h = harness(ready, ['https://other.example.com/*']);
    const agent = await SyncAgent.start(h.deps);
    expect(agent.status().state).toBe('no_permission');
    expect(h.engines).toHaveLength(0);
  });

  it('enabled and granted: one engine, everything marked, pushes a change after PUSH_DELAY_MS', async () => {
    const h = harness(ready, ['https://couch.example.com/*']);
    const agent = await SyncAgent.start(h.deps);
    const e = h.engines[0]!;
    expect(e.dirty).toEqual([['*']]);
    expect(h.alarms).toEqual([true]);
    const d = emptyDirty();
    d.sessions.add(['jd', 'pin1', 'live9'].join(SEP));
    d.days.add(['jd', 'pin1', '2026-12-02'].join(SEP));
    d.accounts.add(['channels', 'fin'].join(SEP));
    agent.changed(d);
    expect(e.dirty[1]!.sort()).toEqual([['channels', 'fin'].join(SEP), ['jd', 'pin1'].join(SEP)]);
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS - 1);
    expect(e.rounds).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(e.rounds).toBe(1);
  });

  it('enabling refuses an ungranted origin and an incomplete config, and keeps the stored one', async () => {
    const h = harness({ ...ready, enabled: false }, []);
    const agent = await SyncAgent.start(h.deps);
    await expect(agent.configure({ enabled: true })).rejects.toThrow(/权限/);
    await expect(agent.configure({ enabled: true, db: '' })).rejects.toThrow(/数据库/);
    expect(h.saved).toHaveLength(0);
    expect(agent.config.enabled).toBe(false);
  });

  it('a patch changes only its fields; the password is never in the reply', async () => {
    const h = harness({ ...ready, enabled: false });
    const agent = await SyncAgent.start(h.deps);
    const r = await agent.configure({ machineName: '直播间 B' });
    expect(h.saved.at(-1)).toEqual({
      ...ready,
      enabled: false,
      machine: { id: 'a-00000000', name: '直播间 B' },
    });
    expect(JSON.stringify(r)).not.toContain('pw');
    expect(r.config.hasPassword).toBe(true);
  });

  it('forget: deletes the local copy (and the server docs only when asked and granted), then turns off', async () => {
    const h = harness(ready, ['https://couch.example.com/*']);
    const agent = await SyncAgent.start(h.deps);
    await agent.forget(true);
    expect(h.engines[0]!.forgot).toEqual([true]);
    expect(agent.config.enabled).toBe(false);
    expect(agent.status().state).toBe('off');
    expect(h.alarms).toEqual([true, false]);
  });

  it('reads the team copy once, and again only after a round that pulled documents', async () => {
    const h = harness(ready, ['https://couch.example.com/*']);
    const agent = await SyncAgent.start(h.deps);
    const e = h.engines[0]!;
    await agent.teamDocs();
    await agent.teamDocs();
    expect(e.reads).toBe(1);
    await agent.round(); // received 0
    await agent.teamDocs();
    expect(e.reads).toBe(1);
    e.last.received = 3;
    await agent.round();
    await agent.teamDocs();
    expect(e.reads).toBe(2);
  });

  it('accountsOf reads platform and account from every store key', () => {
    const d = emptyDirty();
    d.tracks.add(['douyin', 'dy1', 's1'].join(SEP));
    d.manual.add(['jd', 'p', 'day', '2026-12-01'].join(SEP));
    d.processed.add('obs-123');
    d.health.add(['alibaba', 'm', 'page'].join(SEP));
    expect([...accountsOf(d)].sort()).toEqual([['douyin', 'dy1'].join(SEP), ['jd', 'p'].join(SEP)]);
  });
});
