import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, shortFigure, toolbarBadge } from '../../../src/ui/toolbar-badge';
import type { Evaluation } from '../../../src/rules/result';
import { evaluation, jdAccount, jdItem, NOW } from './fixtures';

const only = (items: ReturnType<typeof jdItem>[], live = true): Evaluation => ({
  now: NOW,
  packVersions: {},
  accounts: [{ ...jdAccount, live, items }],
});

describe('short figures', () => {
  it.each([
    [90, 'minutes', '1.5h'],
    [45, 'minutes', '45m'],
    [2400, 'minutes', '40h'],
    [320_000, 'fen', '¥3k'],
    [1_500_000, 'fen', '¥15k'],
    [85_000, 'fen', '¥850'],
    [180, 'viewers', '180'],
    [1200, 'viewers', '1.2k'],
  ] as const)('%d %s → %s', (v, unit, text) => {
    expect(shortFigure(v, unit)).toBe(text);
  });
});

describe('toolbar badge', () => {
  it('is empty when nothing is live', () => {
    expect(toolbarBadge(only(jdAccount.items, false), 'zh').text).toBe('');
    expect(toolbarBadge(null, 'zh').text).toBe('');
  });

  it('shows the behind daily item first, in red', () => {
    const b = toolbarBadge(evaluation, 'zh');
    expect(b.text).toBe('¥3.2千');
    expect(b.color).toBe(BADGE_COLORS.behind);
    expect(b.title).toBe('开播进度 · 好物直播间 · 日成交GMV 还差 ¥3,200 · 落后进度');
  });

  it('among on-track daily items, the one furthest from its target; monthly items last', () => {
    const items = jdAccount.items.map((i) => ({ ...i, status: 'on_track' as const }));
    const b = toolbarBadge(only(items), 'en');
    // duration has 90/240 = 37.5 % left, DAU 18 %, GMV 21 %: duration wins.
    expect(b.text).toBe('1.5h');
    expect(b.color).toBe(BADGE_COLORS.on_track);
  });

  it('shows a green check when every live item is done', () => {
    const done = jdAccount.items.map((i) => ({ ...i, status: 'done' as const, remaining: 0 }));
    expect(toolbarBadge(only(done), 'zh')).toMatchObject({ text: '✓', color: BADGE_COLORS.done });
  });
});
