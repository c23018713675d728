import { defineContentScript } from 'wxt/utils/define-content-script';
import { JD_ADAPTERS } from '../../src/platforms/jd/adapters';
import { startCapture, whenReady } from '../../src/capture/content';
import { mountBadge } from '../../src/ui/badge/mount';

export default defineContentScript({
  matches: ['https://jlive.jd.com/*'],
  // document_start: the bridge to the network tap must be listening before page scripts run.
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startCapture(ctx, JD_ADAPTERS, true);
    if (window.top === window) whenReady(ctx, () => void mountBadge(ctx, 'jd'));
  },
});
