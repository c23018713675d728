import { describe, expect, it, vi } from 'vitest';

/**
 * The capture script and the badge script are separate bundles: each has its own copy of
 * page-slot.ts. Two fresh module instances stand for the two bundles here.
 */
async function freshSlot() {
  vi.resetModules();
  return import('../../../src/capture/page-slot');
}

describe('page slot shared by the capture and badge scripts of one frame', () => {
  it('the badge copy sees the page kind and badge platform set by the capture copy', async () => {
    const capture = await freshSlot();
    const badge = await freshSlot();
    expect(badge).not.toBe(capture);
    const seen: (string | null)[] = [];
    const off = badge.onCurrentPage(() => seen.push(badge.currentPage.id));
    capture.setCurrentPage('jd.bigScreen');
    capture.setCurrentPage('jd.bigScreen'); // unchanged: no second call
    capture.setCurrentPage('jd.list');
    expect(seen).toEqual(['jd.bigScreen', 'jd.list']);
    off();
    capture.setCurrentPage(null);
    expect(seen).toEqual(['jd.bigScreen', 'jd.list']);
    expect(badge.currentPage.id).toBeNull();

    expect(badge.offeredBadge()).toBeNull();
    capture.offerBadge('douyin');
    expect(badge.offeredBadge()).toBe('douyin');
  });
});
