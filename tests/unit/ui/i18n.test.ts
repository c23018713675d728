import { describe, expect, it } from 'vitest';
import { dictionaries, t } from '../../../src/ui/i18n';

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('locale files', () => {
  it('en has every zh key and no extra ones', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.zh).sort());
  });

  it('every translation is non-empty and uses the same placeholders as zh', () => {
    for (const [key, zh] of Object.entries(dictionaries.zh)) {
      const en = dictionaries.en[key as keyof typeof dictionaries.en];
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('fills parameters and leaves missing ones visible', () => {
    expect(t('zh', 'health.failed', { page: '京东大屏', metrics: '成交金额' })).toBe(
      '京东大屏读取失败：成交金额未找到',
    );
    expect(t('en', 'level.next', {})).toBe('Next: {level}');
  });
});
