import { describe, expect, it } from 'vitest';
import { stripItems } from '../../../src/ui/badge/order';
import { alibabaAccount, jdItem } from './fixtures';

describe('badge strip: 1688 level requirements', () => {
  it('a requirement of the next level not met yet stays in the strip (还差 244 买家), checks do not', () => {
    const acc = {
      ...alibabaAccount,
      items: [
        jdItem({
          itemId: 'buyers30',
          period: 'rolling30',
          unit: 'buyers',
          status: 'behind',
          threshold: 300,
          current: 56,
          remaining: 244,
        }),
        jdItem({ itemId: 'sessions30', period: 'rolling30', unit: 'sessions', status: 'done' }),
        jdItem({ itemId: 'medal', period: 'fact', unit: 'grade', status: 'behind' }),
      ],
    };
    const { open, done } = stripItems(acc);
    expect(open.map((i) => [i.itemId, i.shown, i.remaining])).toEqual([
      ['buyers30', 'not_met', 244],
    ]);
    expect(done).toBe(1);
  });
});
