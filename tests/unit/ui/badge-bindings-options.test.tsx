// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

/** In-memory chrome.storage.local with onChanged, as the options page sees it. */
const mem: Record<string, unknown> = {};
const listeners = new Set<(c: Record<string, { newValue?: unknown }>, area: string) => void>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (k: string) => (k in mem ? { [k]: structuredClone(mem[k]) } : {}),
        set: async (o: Record<string, unknown>) => {
          Object.assign(mem, structuredClone(o));
          const changes = Object.fromEntries(
            Object.entries(o).map(([k, v]) => [k, { newValue: v }]),
          );
          for (const f of listeners) f(changes, 'local');
        },
      },
      onChanged: {
        addListener: (f: never) => void listeners.add(f),
        removeListener: (f: never) => void listeners.delete(f),
      },
    },
  },
}));
const { Bindings } = await import('../../../src/ui/options/Bindings');

const binding = (metric: string, label: string, sample: string) => ({
  metric,
  kind: metric === 'gmvFen' ? 'money' : 'count',
  locator: { label, up: 1, path: [{ tag: 'div', nth: 1 }] },
  sample,
  createdAt: '2026-01-15T06:05:00.000Z',
});

describe('options: 点选 bindings', () => {
  it('lists bindings per page kind with metric, label and sample; 删除 removes one', async () => {
    mem['livepace:bindings'] = {
      'jd.bigScreen': [
        binding('gmvFen', '成交金额', '¥15,168.40'),
        binding('dau', '访问人数', '1,534'),
      ],
      'alibaba.workbench': [binding('fans', '粉丝数', '1.2万'), { metric: 'broken' }],
    };
    const root = document.createElement('div');
    render(<Bindings lang="zh" />, root);
    const rows = () =>
      [...root.querySelectorAll('[data-testid=binding-row]')].map((r) => [
        r.closest('section')?.querySelector('h3')?.textContent,
        r.textContent,
      ]);
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()).toEqual([
      ['1688 工作台', '粉丝数标签「粉丝数」绑定时为 1.2万2026-01-15 14:05删除'],
      ['京东大屏', '成交金额标签「成交金额」绑定时为 ¥15,168.402026-01-15 14:05删除'],
      ['京东大屏', '观看人数标签「访问人数」绑定时为 1,5342026-01-15 14:05删除'],
    ]);
    root.querySelector<HTMLElement>('[data-metric=gmvFen] [data-testid=binding-remove]')!.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(mem['livepace:bindings']).toEqual({
      'jd.bigScreen': [binding('dau', '访问人数', '1,534')],
      'alibaba.workbench': [binding('fans', '粉丝数', '1.2万')],
    });
  });
});
