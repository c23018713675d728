import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickAdapter } from '../../src/capture/adapter';
import { startCapture } from '../../src/capture/content';
import { offerBadge } from '../../src/capture/page-slot';
import { DOUYIN_ADAPTERS, douyinHistory } from '../../src/platforms/douyin/adapters';
import { DOUYIN_PAGE_MATCHES } from '../../src/platforms/douyin/meta';

export default defineContentScript({
  matches: DOUYIN_PAGE_MATCHES,
  // document_start: the bridge to the network tap must be listening before page scripts run.
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startCapture(ctx, DOUYIN_ADAPTERS, true);
    // The badge sits on the big screens and the live control, not on the history list.
    const page = pickAdapter(DOUYIN_ADAPTERS, new URL(location.href));
    if (page && page !== douyinHistory) offerBadge('douyin'); // drawn by badge.content
  },
});
