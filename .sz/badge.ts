import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountBadge } from '../src/ui/badge/mount';
export default defineContentScript({ matches: ['x'], main(ctx) { void mountBadge(ctx, 'jd'); } });
