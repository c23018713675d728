import { defineContentScript } from 'wxt/utils/define-content-script';
import { jdBigScreen, jdList } from '../src/capture/adapters/jd';
import { startCapture, whenReady } from '../src/capture/content';
export default defineContentScript({ matches: ['x'], main(ctx) { startCapture(ctx, [jdBigScreen, jdList], true); whenReady(ctx, () => 1); } });
