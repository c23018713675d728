import { describe, expect, it } from 'vitest';
import { formatMetric, fromInput, toInput } from '../../../src/ui/metrics';

describe('metric units', () => {
  it('converts what the seller types to stored units and back', () => {
    expect(fromInput('durationSec', 90)).toBe(5400);
    expect(fromInput('gmvFen', 3200.5)).toBe(320050);
    expect(fromInput('dau', 180)).toBe(180);
    expect(toInput('durationSec', 5400)).toBe(90);
    expect(toInput('gmvFen', 320050)).toBe(3200.5);
  });

  it('formats stored values', () => {
    expect(formatMetric('durationSec', 5400, 'zh')).toBe('1小时30分');
    expect(formatMetric('gmvFen', 1_520_000, 'zh')).toBe('¥1.52万');
    expect(formatMetric('dau', 180, 'en')).toBe('180 viewers');
  });
});
