import { defineContentScript } from 'wxt/utils/define-content-script';
import { TAP_FILTER } from '../../src/capture/api-patterns';
import { openBridge } from '../../src/capture/bridge-open';
import { installTap } from '../../src/capture/tap';
import { DOUYIN_PAGE_MATCHES } from '../../src/platforms/douyin/meta';

/**
 * MAIN-world network tap. Runs before any page script (document_start) so its handshake is
 * the first one the isolated script sees. 1688 has no JSON adapter, so it is not tapped.
 */
export default defineContentScript({
  matches: ['https://jlive.jd.com/*', 'https://channels.weixin.qq.com/*', ...DOUYIN_PAGE_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    installTap(window, TAP_FILTER, openBridge(window));
  },
});
