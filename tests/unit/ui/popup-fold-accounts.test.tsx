// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { AccountEvaluation, Evaluation } from '../../../src/rules/result';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: async () => ({ ok: true }) } },
}));
await import('../../../src/ui/i18n/register');
const { PopupApp } = await import('../../../src/ui/popup/App');
const { createViewStore } = await import('../../../src/ui/store');
const { evaluation, jdAccount } = await import('./fixtures');

const tick = () => new Promise((r) => setTimeout(r, 20));
/** Waits (on a busy machine, a while) until Preact has rendered the n account cards. */
async function rendered(root: Element, n: number): Promise<void> {
  for (let i = 0; i < 200 && root.querySelectorAll('[data-testid="account"]').length !== n; i += 1)
    await tick();
}

/** n offline JD accounts shaped like the fixture's (four items each), optionally one live. */
function accounts(n: number, liveAt = -1): AccountEvaluation[] {
  return Array.from({ length: n }, (_, i) => ({
    ...jdAccount,
    accountId: `jd-${i}`,
    displayName: `店铺${i}`,
    live: i === liveAt,
  }));
}

async function popup(list: AccountEvaluation[]) {
  let ev: Evaluation = { ...evaluation, accounts: list };
  const store = createViewStore({
    view: async () => ({ evaluation: ev, health: [], updatedAt: new Date().toISOString() }),
    lang: async () => 'zh',
  });
  const root = document.createElement('div');
  render(<PopupApp store={store} />, root);
  await store.getState().load();
  await rendered(root, list.length);
  const refresh = async (next: AccountEvaluation[]) => {
    ev = { ...evaluation, accounts: next };
    await store.getState().load();
    await tick();
    await rendered(root, next.length);
  };
  return { root, refresh };
}

const cards = (root: Element) => [...root.querySelectorAll('[data-testid="account"]')];
const folded = (root: Element) => cards(root).filter((c) => c.getAttribute('data-folded'));
const elements = (root: Element) => root.querySelectorAll('*').length;

describe('popup at scale: accounts beyond the first few are folded', () => {
  it('6 and 60 accounts: 6 in full, the rest one line each (4 elements per folded account)', async () => {
    const six = await popup(accounts(6));
    const seven = await popup(accounts(7));
    const sixty = await popup(accounts(60));
    expect(cards(six.root)).toHaveLength(6);
    expect(folded(six.root)).toHaveLength(0);
    expect(folded(seven.root).map((c) => c.getAttribute('data-account'))).toEqual(['jd-6']);
    expect(cards(sixty.root)).toHaveLength(60);
    expect(folded(sixty.root)).toHaveLength(54);
    const full = elements(six.root);
    // Each further account costs its folded line only: an article, a button and two spans.
    expect(elements(seven.root)).toBe(full + 4);
    expect(elements(sixty.root)).toBe(full + 54 * 4);
    // A card in full is far bigger than a folded line (what folding saves).
    expect(full / 6).toBeGreaterThan(5 * 4);
    // The fixture's four items: none done, daily.gmv behind.
    const line = folded(sixty.root)[0]!;
    expect(line.querySelector('.name')!.textContent).toBe('店铺6');
    expect(line.querySelector('.muted')!.textContent).toBe('0/4 项达成 · 1 项落后 ▸');
  });

  it('a live account is in full and first; a click opens a folded one, which stays open', async () => {
    const { root, refresh } = await popup(accounts(60, 42));
    expect(cards(root)[0]!.getAttribute('data-account')).toBe('jd-42');
    expect(folded(root).map((c) => c.getAttribute('data-account'))).not.toContain('jd-42');
    const target = root.querySelector('[data-account="jd-50"] [data-testid="expand-account"]');
    (target as HTMLButtonElement).click();
    await tick();
    const opened = root.querySelector('[data-account="jd-50"]')!;
    expect(opened.getAttribute('data-folded')).toBeNull();
    expect(folded(root)).toHaveLength(53);
    // A fresh evaluation does not fold it again.
    await refresh(accounts(60, 42));
    expect(root.querySelector('[data-account="jd-50"]')!.getAttribute('data-folded')).toBeNull();
    expect(folded(root)).toHaveLength(53);
  });
});
