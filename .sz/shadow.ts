import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
(globalThis as any).x = createShadowRootUi;
