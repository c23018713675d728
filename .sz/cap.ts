import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture, whenReady } from '../src/capture/content';
export default defineContentScript({ matches: ['x'], main(ctx) { startCapture(ctx, 'jd', true); whenReady(ctx, () => 1); } });
