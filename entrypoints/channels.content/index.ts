import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHANNELS_ADAPTERS } from '../../src/platforms/channels/adapters';
import { startCapture } from '../../src/capture/content';
import { offerBadge } from '../../src/capture/page-slot';

export default defineContentScript({
  matches: ['https://channels.weixin.qq.com/*'],
  // document_start: the bridge to the network tap must be listening before page scripts run.
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startCapture(ctx, CHANNELS_ADAPTERS, true);
    offerBadge('channels'); // drawn by the badge script (entrypoints/badge.content), top frame only
  },
});
