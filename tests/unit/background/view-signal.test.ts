import { describe, expect, it } from 'vitest';
import { createViewSignal, platformSignature } from '../../../src/background/view-signal';
import { platformViewKey, VIEW_UPDATED_KEY } from '../../../src/messaging/keys';
import type { Health } from '../../../src/messaging';
import type { AccountEvaluation, Evaluation } from '../../../src/rules/result';
import { channelsAccount, jdAccount, NOW } from '../ui/fixtures';

const JD = platformViewKey('jd');
const CH = platformViewKey('channels');

const view = (accounts: AccountEvaluation[], health: Health[] = [], now = NOW) => ({
  evaluation: { now, packVersions: { 'jd-growth': '1' }, accounts } satisfies Evaluation,
  health,
  insights: [],
});

const withName = (a: AccountEvaluation, displayName: string): AccountEvaluation => ({
  ...a,
  displayName,
});

describe('per-platform view-updated signal', () => {
  it('bumps every platform the first time, then only the platform whose view changed', () => {
    const signal = createViewSignal();
    const first = signal(view([jdAccount, channelsAccount]), 's1');
    expect(first[VIEW_UPDATED_KEY]).toBe('s1');
    expect(first[JD]).toBe('s1');
    expect(first[CH]).toBe('s1');

    // Only the Channels account changed: the JD tab's badge must not re-fetch.
    const second = signal(view([jdAccount, withName(channelsAccount, '新名字')]), 's2');
    expect(second).toEqual({ [VIEW_UPDATED_KEY]: 's2', [CH]: 's2' });

    // Nothing changed but the evaluation instant: only the popup's key.
    const renamed = [jdAccount, withName(channelsAccount, '新名字')];
    const third = signal(view(renamed, [], '2026-01-20T15:00:01+08:00'), 's3');
    expect(third).toEqual({ [VIEW_UPDATED_KEY]: 's3' });

    // The JD account changed: JD's key, not Channels'.
    const fourth = signal(
      view([withName(jdAccount, 'x'), withName(channelsAccount, '新名字')]),
      's4',
    );
    expect(fourth).toEqual({ [VIEW_UPDATED_KEY]: 's4', [JD]: 's4' });
  });

  it("a platform's health is part of its view, another platform's is not", () => {
    const h = (platform: 'jd' | 'channels', missing: string[]): Health => ({
      platform,
      accountId: null,
      page: 'p',
      at: '2026-01-20T07:00:00.000Z',
      read: [],
      missing,
    });
    const a = view([jdAccount, channelsAccount], [h('jd', []), h('channels', [])]);
    const b = view([jdAccount, channelsAccount], [h('jd', []), h('channels', ['gmvFen'])]);
    expect(platformSignature(a, 'jd')).toBe(platformSignature(b, 'jd'));
    expect(platformSignature(a, 'channels')).not.toBe(platformSignature(b, 'channels'));
    const signal = createViewSignal();
    signal(a, 's1');
    expect(signal(b, 's2')).toEqual({ [VIEW_UPDATED_KEY]: 's2', [CH]: 's2' });
  });
});
