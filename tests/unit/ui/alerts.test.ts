import { describe, expect, it } from 'vitest';
import { diffAlerts, pruneSent, reviewUrlOf, unsent } from '../../../src/ui/alerts';
import { defaultSettings, type GlobalSettings } from '../../../src/settings';
import type { AccountEvaluation, Evaluation } from '../../../src/rules/result';
import { alibabaAccount, jdAccount, jdItem, NOW } from './fixtures';

const ev = (accounts: AccountEvaluation[], now = NOW): Evaluation => ({
  now,
  packVersions: {},
  accounts,
});
const at = (iso: string): Date => new Date(iso);
const settings = (
  over: Partial<GlobalSettings['alerts']> = {},
  language: 'zh' | 'en' = 'zh',
): GlobalSettings => {
  const s = defaultSettings();
  return { ...s, language, alerts: { ...s.alerts, ...over } };
};
const withItems = (items: ReturnType<typeof jdItem>[], live = true): AccountEvaluation => ({
  ...jdAccount,
  live,
  items,
});

describe('achieved', () => {
  const before = ev([withItems([jdItem({ itemId: 'daily.duration' })])]);
  const after = ev([
    withItems([jdItem({ itemId: 'daily.duration', status: 'done', remaining: 0 })]),
  ]);

  it('fires once when an item turns done', () => {
    const alerts = diffAlerts(before, after, settings(), at(NOW));
    expect(alerts).toEqual([
      {
        key: 'achieved:jd:jd-1001:jd-growth:daily.duration:2026-01-20',
        kind: 'achieved',
        title: '已达成：直播时长',
        message: '好物直播间 · 成长任务 · 每日',
      },
    ]);
    expect(diffAlerts(after, after, settings(), at(NOW))).toEqual([]);
  });

  it('does not fire on the first evaluation or when switched off', () => {
    expect(diffAlerts(null, after, settings(), at(NOW))).toEqual([]);
    expect(diffAlerts(before, after, settings({ achieved: false }), at(NOW))).toEqual([]);
  });
});

describe('behind pace at the chosen Beijing hour', () => {
  const behind = ev([
    withItems([jdItem({ itemId: 'daily.gmv', status: 'behind', unit: 'fen', remaining: 320_000 })]),
  ]);

  it('stays quiet before the hour and speaks at it', () => {
    expect(diffAlerts(behind, behind, settings(), at('2026-01-20T19:59:00+08:00'))).toEqual([]);
    const alerts = diffAlerts(behind, behind, settings({}, 'en'), at('2026-01-20T20:00:00+08:00'));
    expect(alerts.map((a) => [a.key, a.title, a.message])).toEqual([
      [
        'behindPace:jd:jd-1001:jd-growth:daily.gmv:2026-01-20',
        'Behind pace: Live duration',
        '好物直播间 · ¥3,200 to go',
      ],
    ]);
  });

  it('honours the hour setting and the toggle', () => {
    expect(diffAlerts(null, behind, settings({ behindPaceHour: 15 }), at(NOW))).toHaveLength(1);
    expect(
      diffAlerts(null, behind, settings({ behindPaceHour: 15, behindPace: false }), at(NOW)),
    ).toEqual([]);
  });
});

describe('JD session nearing 24 h', () => {
  const item = jdItem({
    itemId: 'session.24h',
    warnings: [{ zh: '单场已超过 20 小时', en: 'Session over 20 h' }],
    deadline: {
      at: '2026-01-21T09:00:00+08:00',
      kind: 'session_24h',
      projected: false,
      label: { zh: '单场 24 小时', en: '24 h session' },
    },
  });
  it('fires while live with the warning', () => {
    const alerts = diffAlerts(null, ev([withItems([item])]), settings(), at(NOW));
    expect(alerts.map((a) => a.message)).toEqual([
      '好物直播间：单场满 24 小时可能不计入，请在 09:00 前下播',
    ]);
    expect(diffAlerts(null, ev([withItems([item], false)]), settings(), at(NOW))).toEqual([]);
    expect(
      diffAlerts(null, ev([withItems([item])]), settings({ jdNear24h: false }), at(NOW)),
    ).toEqual([]);
  });
});

describe('1688', () => {
  const live = { ...alibabaAccount, live: true };
  it('warns a live 1688 seller 30 minutes before Beijing midnight only', () => {
    expect(diffAlerts(null, ev([live]), settings(), at('2026-01-20T23:29:00+08:00'))).toEqual([]);
    const a = diffAlerts(null, ev([live]), settings(), at('2026-01-20T23:31:00+08:00'));
    expect(a.map((x) => x.key)).toEqual(['alibabaNearMidnight:b2b-cn2001:2026-01-20']);
    expect(
      diffAlerts(null, ev([alibabaAccount]), settings(), at('2026-01-20T23:31:00+08:00')),
    ).toEqual([]);
  });

  it('warns when the level is at risk within 3 days', () => {
    const risky = {
      ...alibabaAccount,
      level: { ...alibabaAccount.level!, current: 'daren' as const, atRisk: true },
    };
    const a = diffAlerts(null, ev([risky]), settings(), at(NOW));
    expect(a.map((x) => [x.key, x.message])).toEqual([
      [
        'alibabaLevelAtRisk:b2b-cn2001:2026-01-20',
        '义乌小商品源头厂：达人主播 3 天内可能失去，请尽快开播',
      ],
    ]);
    expect(diffAlerts(null, ev([risky]), settings({ alibabaLevelAtRisk: false }), at(NOW))).toEqual(
      [],
    );
  });
});

describe('no duplicates per item and day', () => {
  it('filters keys already sent and prunes old ones', () => {
    const risky = { ...alibabaAccount, level: { ...alibabaAccount.level!, atRisk: true } };
    const alerts = diffAlerts(null, ev([risky, risky]), settings(), at(NOW));
    expect(alerts).toHaveLength(1);
    const sent = { [alerts[0]!.key]: NOW };
    expect(unsent(alerts, sent)).toEqual([]);
    const nextDay = diffAlerts(null, ev([risky]), settings(), at('2026-01-21T09:00:00+08:00'));
    expect(unsent(nextDay, sent)).toHaveLength(1);
    expect(pruneSent({ old: '2026-01-10T00:00:00Z', fresh: NOW }, at(NOW))).toEqual({ fresh: NOW });
  });
});

describe('a live that ended offers its review', () => {
  const live = ev([withItems([], true)]);
  const ended = ev([withItems([], false)], '2026-01-20T17:05:00+08:00');

  it("fires once on live → ended, with a link to that account's review", () => {
    const alerts = diffAlerts(live, ended, settings(), at('2026-01-20T17:05:00+08:00'));
    expect(alerts).toEqual([
      {
        key: 'sessionReview:jd%3Ajd-1001:2026-01-20T17:05:00+08:00',
        kind: 'sessionReview',
        title: '直播已结束 · 好物直播间',
        message: '点开查看本场复盘：各项何时达成、与近 7 场相比',
      },
    ]);
    expect(reviewUrlOf(alerts[0]!.key, 'chrome-extension://x/options.html')).toBe(
      'chrome-extension://x/options.html?review=jd%3Ajd-1001#history',
    );
    expect(new URLSearchParams('?review=jd%3Ajd-1001').get('review')).toBe('jd:jd-1001');
  });

  it('not while still live, not on the first evaluation, not when switched off', () => {
    expect(diffAlerts(live, live, settings(), at(NOW))).toEqual([]);
    expect(diffAlerts(null, ended, settings(), at(NOW))).toEqual([]);
    expect(diffAlerts(ended, ended, settings(), at(NOW))).toEqual([]);
    expect(diffAlerts(live, ended, settings({ sessionReview: false }), at(NOW))).toEqual([]);
  });

  it('other notifications open nothing', () => {
    expect(reviewUrlOf('achieved:jd:jd-1001:x:y:2026-01-20', 'o.html')).toBeNull();
  });
});
