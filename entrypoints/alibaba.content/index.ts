import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIBABA_ADAPTERS } from '../../src/platforms/alibaba/adapters';
import { startCapture, whenReady } from '../../src/capture/content';
import { mountBadge } from '../../src/ui/badge/mount';

export default defineContentScript({
  matches: ['https://*.1688.com/*'],
  // document_start: the bridge to the network tap must be listening before page scripts run.
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startCapture(ctx, ALIBABA_ADAPTERS, false);
    if (window.top === window) whenReady(ctx, () => void mountBadge(ctx, 'alibaba'));
  },
});
