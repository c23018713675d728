// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { AccountEvaluation } from '../../../src/rules/result';

/** The raw runtime channel the popup's account actions use. */
const sent: unknown[] = [];
let reply: unknown = { ok: true };
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (m: unknown) => {
        sent.push(m);
        return reply;
      },
    },
  },
}));
const { AccountCard } = await import('../../../src/ui/components/AccountCard');
const { createViewStore } = await import('../../../src/ui/store');
const { jdAccount, NOW } = await import('./fixtures');

const unconfirmed: AccountEvaluation = {
  ...jdAccount,
  accountId: '~shop:京选好物旗舰店',
  displayName: '京选好物旗舰店',
  provisional: true,
  live: true,
};
const other: AccountEvaluation = { ...jdAccount, accountId: 'jd-1002', displayName: '小鹿好物' };

function mount(
  acc: AccountEvaluation,
  onResolve?: (f: { platform: string; accountId: string }, i: string | null) => Promise<void>,
  lang: 'zh' | 'en' = 'zh',
) {
  const root = document.createElement('div');
  render(
    <AccountCard
      acc={acc}
      lang={lang}
      now={NOW}
      others={[jdAccount, other]}
      onResolve={onResolve}
    />,
    root,
  );
  return root;
}
const q = <T extends Element>(root: Element, id: string) =>
  root.querySelector<T>(`[data-testid=${id}]`)!;
const choose = (root: Element, value: string) => {
  const sel = q<HTMLSelectElement>(root, 'provisional-target');
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('popup: unconfirmed account', () => {
  it('asks which account it is at the top of its card, listing same-platform accounts and "new"', () => {
    const root = mount(unconfirmed, async () => undefined);
    const card = q(root, 'account');
    expect(card.firstElementChild?.getAttribute('data-testid')).toBe('provisional-banner');
    expect(q(root, 'provisional-banner').querySelector('p')!.textContent).toBe(
      '未确认账号 · 京选好物旗舰店 · 这是哪个账号？',
    );
    const options = [...q(root, 'provisional-target').querySelectorAll('option')].map((o) => [
      o.value,
      o.textContent,
    ]);
    expect(options).toEqual([
      ['', '请选择…'],
      ['jd-1001', jdAccount.displayName],
      ['jd-1002', '小鹿好物'],
      ['~new', '这是一个新账号'],
    ]);
    expect(q<HTMLButtonElement>(root, 'provisional-confirm').disabled).toBe(true);
    const en = mount({ ...unconfirmed, displayName: '', accountId: '~live:jlive.jd.com:8812' });
    expect(q(en, 'provisional-banner').querySelector('p')!.textContent).toBe(
      '未确认账号 · jlive.jd.com:8812 · 这是哪个账号？',
    );
    const english = mount(unconfirmed, undefined, 'en');
    expect(q(english, 'provisional-banner').querySelector('p')!.textContent).toBe(
      'Unconfirmed account · 京选好物旗舰店 · Which account is this?',
    );
  });

  it('merges into the chosen account, or confirms it as new', async () => {
    const calls: Array<[string, string | null]> = [];
    const root = mount(unconfirmed, async (f, into) => void calls.push([f.accountId, into]));
    choose(root, 'jd-1002');
    await vi.waitFor(() =>
      expect(q<HTMLButtonElement>(root, 'provisional-confirm').disabled).toBe(false),
    );
    q<HTMLButtonElement>(root, 'provisional-confirm').click();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    choose(root, '~new');
    await vi.waitFor(() =>
      expect(q<HTMLSelectElement>(root, 'provisional-target').value).toBe('~new'),
    );
    q<HTMLButtonElement>(root, 'provisional-confirm').click();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      ['~shop:京选好物旗舰店', 'jd-1002'],
      ['~shop:京选好物旗舰店', null],
    ]);
  });

  it('shows a refused merge instead of swallowing it', async () => {
    const root = mount(unconfirmed, async () => {
      throw new Error('目标账号不存在 / the target account does not exist');
    });
    choose(root, 'jd-1002');
    await vi.waitFor(() =>
      expect(q<HTMLButtonElement>(root, 'provisional-confirm').disabled).toBe(false),
    );
    q<HTMLButtonElement>(root, 'provisional-confirm').click();
    await vi.waitFor(() =>
      expect(q(root, 'provisional-error').textContent).toBe(
        '未能保存：目标账号不存在 / the target account does not exist',
      ),
    );
  });

  it('a confirmed account has no banner', () => {
    const root = mount(jdAccount, async () => undefined);
    expect(root.querySelector('[data-testid=provisional-banner]')).toBeNull();
  });

  it('the store sends confirmAccount / mergeAccount and re-reads the view', async () => {
    sent.length = 0;
    const view = vi.fn(async () => ({ evaluation: null, health: [], updatedAt: null }));
    const store = createViewStore({ view, lang: async () => 'zh' });
    const from = { platform: 'jd' as const, accountId: '~shop:京选好物旗舰店' };
    await store.getState().resolveAccount(from, 'jd-1002');
    await store.getState().resolveAccount(from, null);
    expect(sent).toEqual([
      { type: 'mergeAccount', payload: { from, into: { platform: 'jd', accountId: 'jd-1002' } } },
      { type: 'confirmAccount', payload: { account: from } },
    ]);
    expect(view).toHaveBeenCalledTimes(2);
    reply = {
      error: '只能合并未确认的账号 / only an unconfirmed (provisional) account can be merged',
    };
    await expect(store.getState().resolveAccount(from, 'jd-1002')).rejects.toThrow(
      '只能合并未确认的账号',
    );
    expect(view).toHaveBeenCalledTimes(2);
  });
});
