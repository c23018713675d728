import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIBABA_ADAPTERS } from '../../src/platforms/alibaba/adapters';
import { startCapture } from '../../src/capture/content';
import { offerBadge } from '../../src/capture/page-slot';

export default defineContentScript({
  matches: ['https://*.1688.com/*'],
  // document_start: the bridge to the network tap must be listening before page scripts run.
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startCapture(ctx, ALIBABA_ADAPTERS, false);
    offerBadge('alibaba'); // drawn by the badge script (entrypoints/badge.content), top frame only
  },
});
