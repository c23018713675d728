import { defineContentScript } from 'wxt/utils/define-content-script';
import { JD_ADAPTERS } from '../../src/platforms/jd/adapters';
import { startCapture } from '../../src/capture/content';
import { offerBadge } from '../../src/capture/page-slot';

export default defineContentScript({
  matches: ['https://jlive.jd.com/*'],
  // document_start: the bridge to the network tap must be listening before page scripts run.
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startCapture(ctx, JD_ADAPTERS, true);
    offerBadge('jd'); // drawn by the badge script (entrypoints/badge.content), top frame only
  },
});
