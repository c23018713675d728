import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchFailure } from '../../../src/sync/couch';
import { accountDocId, monthDocId, type TeamDoc } from '../../../src/sync/types';
import { readTeamDocs } from '../../../scripts/lib/couch-read';
import { startCouchServer, type CouchServer } from '../../harness/couch-server';

const ADMIN = { username: 'agency', password: 'pw-直播' };
const AT = '2026-01-20T15:00:00+08:00';
const A = { id: 'front-a1b2', name: '前台电脑' };
const B = { id: 'studio-c3d4', name: '直播间二号机' };
const v = (value: number, at: string) => ({ value, source: 'network' as const, at });

function shopDocs(
  m: typeof A,
  platform: 'jd' | 'channels',
  accountId: string,
  name: string,
): TeamDoc[] {
  const at = '2026-01-20T14:50:00+08:00';
  const metrics = { durationSec: v(5400, at), gmvFen: v(1_180_000, at) };
  return [
    {
      _id: accountDocId(m.id, platform, accountId),
      kind: 'account',
      v: 1,
      machine: m,
      account: { platform, accountId, displayName: name },
      lastLiveAt: '2026-01-20T13:20:00+08:00',
      live: false,
      updatedAt: at,
    },
    {
      _id: monthDocId(m.id, platform, accountId, '2026-01'),
      kind: 'month',
      v: 1,
      machine: m,
      platform,
      accountId,
      month: '2026-01',
      sessions: [
        {
          platform,
          accountId,
          sessionId: `live-${accountId}`,
          start: '2026-01-20T13:20:00+08:00',
          end: '2026-01-20T14:50:00+08:00',
          live: false,
          metrics,
          flags: {},
          lastSeenAt: at,
        },
      ],
      days: [{ platform, accountId, day: '2026-01-20', metrics, sessions: 1 }],
      conflicts: [],
      updatedAt: at,
    },
  ];
}

let server: CouchServer;
const docs = [
  ...shopDocs(A, 'jd', 'jd-1001', '好物直播间'),
  ...shopDocs(B, 'channels', 'ch-1', '源头工厂'),
  // Written by no LivePace: its id does not match its content, so it is refused and named.
  { ...shopDocs(B, 'jd', 'jd-1001', 'x')[0]!, _id: 'lp.a|studio-c3d4|jd|other' },
  { _id: '_design/reports', views: {} },
];

beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
  await server.createDb('team-a', { members: true });
  const r = await server.request('/team-a/_bulk_docs', {
    method: 'POST',
    body: JSON.stringify({ docs }),
  });
  expect(r.status).toBe(201);
}, 30_000);
afterAll(() => server?.stop());

describe('reading the team from CouchDB (pouchdb-server)', () => {
  const target = () => ({ url: server.url, db: 'team-a', ...ADMIN });

  it('pages through _all_docs: every LivePace doc once, the bad one named, design docs not read', async () => {
    const r = await readTeamDocs(target(), fetch, 2);
    expect(r.docs.map((d) => d._id).sort()).toEqual(
      docs
        .slice(0, 4)
        .map((d) => d._id)
        .sort(),
    );
    expect(r.invalid).toEqual([
      'lp.a|studio-c3d4|jd|other: _id: 与内容不符 / does not match the document',
    ]);
  });

  it('wrong credentials are an auth failure, not an empty team', async () => {
    const e = await readTeamDocs({ ...target(), password: 'nope' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CouchFailure);
    expect((e as CouchFailure).kind).toBe('auth');
  });

  it('npm run progress -- --couch prints the shops, then each account, and --json the team view', () => {
    const run = (...extra: string[]) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/progress.ts',
          '--couch',
          `${server.url}/team-a`,
          '--at',
          AT,
          ...extra,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, COUCH_USER: ADMIN.username, COUCH_PASSWORD: ADMIN.password },
        },
      );
    const text = run();
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(
      `团队 (team) ${server.url}/team-a · 4 个文档 (docs) · 2 个店铺 (shops)`,
    );
    expect(text.stdout).toMatch(/\n京东直播 +好物直播间 \[jd-1001\] +前台电脑 +2026-01-20 13:20 /);
    expect(text.stdout).toMatch(/\n视频号 +源头工厂 \[ch-1\] +直播间二号机 +2026-01-20 13:20 /);
    expect(text.stdout).toContain('未采用的文档 (documents refused): 1');
    expect(text.stdout).toContain('== 京东直播 (JD live) · 好物直播间 [jd-1001] ==');
    const json = JSON.parse(run('--json').stdout) as {
      source: { db: string; docs: number };
      shops: Array<{ accountId: string; lastLive: { machine: { name: string } } }>;
      sync?: unknown;
    };
    expect(json.source).toMatchObject({ db: 'team-a', docs: 4 });
    expect(json.sync).toBeUndefined();
    expect(json.shops.map((s) => [s.accountId, s.lastLive.machine.name])).toEqual([
      ['ch-1', '直播间二号机'],
      ['jd-1001', '前台电脑'],
    ]);
  }, 60_000);
});
