// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TargetRow, type TargetFields } from '../../../src/ui/options/TargetRow';

const g: TargetFields = {
  id: 't1',
  label: '每周开播',
  metric: 'durationSec',
  threshold: 54_000,
  period: 'week',
  reward: '流量券',
};

function mount(metrics: readonly TargetFields['metric'][], onChange = vi.fn()) {
  const root = document.createElement('div');
  render(
    <TargetRow
      g={g}
      metrics={metrics}
      testId="x-target"
      lang="zh"
      onChange={onChange}
      onRemove={vi.fn()}
    />,
    root,
  );
  return { root, onChange };
}

describe('TargetRow (视频号 growth targets and Douyin targets share it)', () => {
  it("offers the platform's own metrics, with the unit the seller types", () => {
    const { root } = mount(['durationSec', 'gmvFen', 'clubLive']);
    const opts = [...root.querySelectorAll('select')[0]!.querySelectorAll('option')].map(
      (o) => o.textContent,
    );
    expect(opts).toEqual(['直播时长 (分钟)', '成交金额 (¥)', '新加直播团人数']);
    expect(root.querySelector('li')?.dataset.testid).toBe('x-target');
    // 54,000 s shown as 900 minutes.
    expect(root.querySelector<HTMLInputElement>('input[type=number]')?.value).toBe('900');
  });

  it("a typed threshold is stored in the metric's unit; zero or empty changes nothing", () => {
    const { root, onChange } = mount(['durationSec']);
    const input = root.querySelector<HTMLInputElement>('input[type=number]')!;
    input.value = '600';
    input.dispatchEvent(new Event('input'));
    expect(onChange).toHaveBeenLastCalledWith({ ...g, threshold: 36_000 });
    input.value = '0';
    input.dispatchEvent(new Event('input'));
    input.value = '';
    input.dispatchEvent(new Event('input'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
