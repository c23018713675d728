// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readBindings, type Binding } from '../../../src/capture/bindings';
import { figureAt, startPicker } from '../../../src/ui/badge/picker';

const page = `<div class="grid___a1"><div class="card___a1"><div class="t___a1">成交金额</div>
  <div class="v___a1"><span class="num">15,168.40</span></div></div>
  <div class="card___a1"><div class="t___a1">观看人数</div><div class="v___a1">4.89<span>万</span></div></div></div>`;

function setup(target: () => Element | null) {
  const layer = document.createElement('div');
  document.body.append(layer);
  const saved: Binding[] = [];
  const onEnd = vi.fn();
  const cancel = startPicker({
    layer,
    lang: 'zh',
    metrics: ['gmvFen', 'dau'],
    save: async (b) => void saved.push(b),
    onEnd,
    elementAt: target,
    now: () => new Date('2026-01-15T06:00:00.000Z'),
  });
  return { layer, saved, onEnd, cancel };
}
const click = (el: Element, x = 50, y = 50): MouseEvent => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y });
  el.dispatchEvent(e);
  return e;
};

describe('点选 picker', () => {
  beforeEach(() => {
    document.body.innerHTML = page;
  });

  it('takes the whole figure under the pointer, unit node included', () => {
    const unit = document.querySelectorAll('.card___a1')[1]!.querySelector('span')!;
    expect(figureAt(unit)?.textContent).toBe('4.89万');
    expect(figureAt(document.querySelector('.num'))?.textContent).toBe('15,168.40');
    expect(figureAt(document.querySelector('.t___a1'))).toBeNull();
  });

  it('swallows the click so the console never gets it, asks, and stores a binding on 确认', async () => {
    const num = document.querySelector('.num')!;
    const consoleHeard = vi.fn();
    num.addEventListener('click', consoleHeard);
    document.addEventListener('click', consoleHeard, true);
    const { layer, saved, onEnd } = setup(() => num);
    expect(layer.querySelector('[data-testid=pick-overlay]')).not.toBeNull();
    const e = click(num);
    expect(e.defaultPrevented).toBe(true);
    expect(consoleHeard).not.toHaveBeenCalled();
    const panel = layer.querySelector('[data-testid=pick-panel]')!;
    const select = panel.querySelector('select')!;
    expect(select.value).toBe('gmvFen');
    expect(panel.textContent).toContain('15,168.40 → 成交金额观看人数?');
    click(panel.querySelector('[data-testid=pick-ok]')!, 0, 0);
    await vi.waitFor(() => expect(onEnd).toHaveBeenCalledTimes(1));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      metric: 'gmvFen',
      kind: 'money',
      sample: '15,168.40',
      createdAt: '2026-01-15T06:00:00.000Z',
      locator: { label: '成交金额' },
    });
    expect(readBindings(document, saved).get('gmvFen')?.value).toBe(1_516_840);
    expect(layer.children).toHaveLength(0);
  });

  it('Esc cancels without saving; clicks are inert again afterwards', () => {
    const num = document.querySelector('.num')!;
    const { layer, saved, onEnd } = setup(() => num);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(saved).toEqual([]);
    expect(layer.children).toHaveLength(0);
    expect(click(num).defaultPrevented).toBe(false);
  });

  it('a figure that does not parse as the chosen metric cannot be confirmed', async () => {
    const num = document.querySelector('.num')!;
    num.textContent = '04:12:30';
    const { layer, saved } = setup(() => num);
    click(num);
    const panel = layer.querySelector('[data-testid=pick-panel]')!;
    expect(panel.querySelector('.wn')?.textContent).toBe('读不出数字');
    click(panel.querySelector('[data-testid=pick-ok]')!, 0, 0);
    await Promise.resolve();
    expect(saved).toEqual([]);
  });
});
