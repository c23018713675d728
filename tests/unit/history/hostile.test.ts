import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openHistoryDb } from '../../../src/history/db';
import { exportHistory } from '../../../src/history/export';
import { parseHistory } from '../../../src/history/import';
import { loadLedger } from '../../../src/history/persist';
import { parseCount, parseMoney, MAX_READ_VALUE } from '../../../src/capture/parse';
import { parseDuration } from '../../../src/capture/parse-duration';
import type { Evaluation } from '../../../src/rules/result';
import { dataHandlers } from '../../../src/background/handlers-data';
import { HistoryService } from '../../../src/background/service';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'x', getURL: (p: string) => p } } }));

const DIR = 'tests/fixtures/hostile';
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  string
>;
const files = Object.keys(expected);
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const now = new Date('2026-03-02T12:00:00+08:00');

describe('hostile import corpus', () => {
  it('expected.json lists every file of the corpus', () => {
    const onDisk = readdirSync(DIR).filter(
      (f) => f.endsWith('.json') && !['expected.json', 'parser-strings.json'].includes(f),
    );
    expect(files.sort()).toEqual(onDisk.sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s is refused naming its path, or accepted when valid', (f) => {
    const r = parseHistory(text(f));
    if (expected[f] === 'ok') {
      expect(r.ok ? 'ok' : r.error).toBe('ok');
    } else {
      // The path, then ':' (or '…' where a 10,000-deep path is cut short).
      const head = r.ok ? 'accepted' : r.error.slice(0, expected[f]!.length + 1);
      expect([`${expected[f]}:`, `${expected[f]}…`]).toContain(head);
    }
  });

  it('the store is unchanged after every refused import (read back from IndexedDB)', async () => {
    const db = await openHistoryDb({ name: `hostile-${Math.random()}` });
    const svc = await HistoryService.start({
      db,
      now: () => now.getTime(),
      evaluate: (): Evaluation => ({ now: '', packVersions: {}, accounts: [] }),
      onEvaluated: vi.fn(async () => undefined),
    });
    const apply = dataHandlers(svc).importApply as (p: unknown, s: unknown) => Promise<unknown>;
    // Seed with the valid file, then throw every refused file at it.
    expect(await apply({ text: text('valid-minimal.json') }, {})).toMatchObject({
      ok: true,
      added: 2,
    });
    const stored = async () => exportHistory(await loadLedger(db), { format: 'json' }, now).text;
    const before = await stored();
    expect(before).toContain('"sessionId":"L1"');
    for (const f of files.filter((x) => expected[x] !== 'ok')) {
      const r = (await apply({ text: text(f) }, {})) as { ok: boolean; error: string };
      expect([f, r.ok, r.error.startsWith(expected[f]!)]).toEqual([f, false, true]);
      expect([f, await stored()]).toEqual([f, before]);
    }
  });

  it('the CLI refuses and accepts through the same function as the importer', () => {
    const cli = (f: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/progress.ts', join(DIR, f)], {
        encoding: 'utf8',
      });
    const bom = cli('valid-bom.json');
    expect([bom.status, bom.stderr]).toEqual([0, '']);
    const v = cli('version-string.json');
    expect(v.status).toBe(1);
    expect(v.stderr).toContain(
      `${join(DIR, 'version-string.json')}: version: 应为数字 2，而不是 "1" / must be the number 2, not "1"`,
    );
    const proto = cli('proto-key.json');
    expect(proto.stderr).toContain('sessions.0.metrics.__proto__: ');
  }, 30_000);
});

describe('hostile parser strings', () => {
  const strings = JSON.parse(readFileSync(join(DIR, 'parser-strings.json'), 'utf8')) as string[];
  const parsers = { parseCount, parseMoney, parseDuration: (s: string) => parseDuration(s) };
  it.each(Object.entries(parsers))(
    '%s gives a bounded whole number or an explicit failure',
    (_, p) => {
      for (const s of strings) {
        const r = p(s);
        const sane = r.ok
          ? Number.isFinite(r.value) &&
            Number.isInteger(r.value) &&
            r.value >= 0 &&
            r.value <= MAX_READ_VALUE
          : ['empty', 'unreadable', 'negative', 'absurd'].includes(r.reason);
        expect([s, sane]).toEqual([s, true]);
      }
    },
  );
  it('refuses the absurd ones outright', () => {
    for (const s of ['Infinity', '1e309', 'NaN', '99999999999999999999', '-5', '1.5万万'])
      expect([s, parseCount(s).ok]).toEqual([s, false]);
  });
});
