import { defineContentScript } from 'wxt/utils/define-content-script';
import { offeredBadge } from '../../src/capture/page-slot';
import { DOUYIN_PAGE_MATCHES } from '../../src/platforms/douyin/meta';
import { mountBadge } from '../../src/ui/badge/mount';

/**
 * The in-page badge, apart from the consoles' capture scripts: it runs in the top frame only,
 * once the page has loaded (document_idle), so frames and the console's own start-up never
 * parse it. It draws what the capture script of this frame offered (src/capture/page-slot.ts):
 * nothing on a page without one, e.g. Douyin's history list.
 */
export default defineContentScript({
  matches: [
    'https://jlive.jd.com/*',
    'https://channels.weixin.qq.com/*',
    'https://*.1688.com/*',
    ...DOUYIN_PAGE_MATCHES,
  ],
  runAt: 'document_idle',
  main(ctx) {
    const platform = offeredBadge();
    if (platform) void mountBadge(ctx, platform);
  },
});
