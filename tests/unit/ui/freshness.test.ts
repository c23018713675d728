import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../src/rules/result';
import { cardFreshness, itemFreshnessDiffers } from '../../../src/ui/popup/freshness';
import { jdAccount, jdItem } from './fixtures';

const p = (source: Provenance['source'], at: string, estimated?: boolean): Provenance => ({
  source,
  at,
  ...(estimated ? { estimated } : {}),
});

describe('cardFreshness', () => {
  it('is the freshest provenance of the card, comparing instants across offsets', () => {
    const acc = {
      ...jdAccount,
      items: [
        jdItem({ itemId: 'a', provenance: p('network', '2026-01-20T14:58:00+08:00') }),
        // 06:59:30Z = 14:59:30 Beijing: the freshest, though written in UTC.
        jdItem({ itemId: 'b', provenance: p('dom', '2026-01-20T06:59:30Z', true) }),
        jdItem({ itemId: 'c', provenance: undefined }),
      ],
    };
    expect(cardFreshness(acc)).toEqual({ source: 'dom', at: '2026-01-20T06:59:30Z' });
  });

  it('is null when no item has a provenance', () => {
    expect(
      cardFreshness({ ...jdAccount, items: [jdItem({ itemId: 'a', provenance: undefined })] }),
    ).toBeNull();
  });
});

describe('itemFreshnessDiffers', () => {
  const card = p('network', '2026-01-20T15:00:00+08:00');
  it.each([
    ['same source, same instant', p('network', '2026-01-20T15:00:00+08:00'), false],
    ['same source, estimated', p('network', '2026-01-20T14:59:00+08:00', true), false],
    ['same source, exactly 10 min older', p('network', '2026-01-20T14:50:00+08:00'), false],
    ['same source, 10 min 1 s older', p('network', '2026-01-20T14:49:59+08:00'), true],
    ['page DOM vs page network, 3 s apart', p('dom', '2026-01-20T14:59:57+08:00'), false],
    ['page DOM, 11 min older', p('dom', '2026-01-20T14:49:00+08:00'), true],
    ['manual entry, same instant', p('manual', '2026-01-20T15:00:00+08:00'), true],
    ['backfilled yesterday', p('backfill', '2026-01-19T23:00:00+08:00'), true],
  ])('%s → %s', (_, item, want) => {
    expect(itemFreshnessDiffers(item, card)).toBe(want);
  });

  it('says nothing without a provenance, and everything when the card has none', () => {
    expect(itemFreshnessDiffers(undefined, card)).toBe(false);
    expect(itemFreshnessDiffers(p('dom', '2026-01-20T15:00:00+08:00'), null)).toBe(true);
  });
});
