import type { Rollup } from 'vite';
import { defineConfig } from 'wxt';
import { CONSOLE_HOST_PATTERNS } from './src/platforms/ids';

/**
 * zod's published source has prose comments that mention `@__PURE__` (v4/core/util.js and
 * regexes.js); Rollup reads them as misplaced annotations and warned "contains an annotation
 * that Rollup cannot interpret" four times per build, about code we do not own. It drops the
 * comments and the output is unchanged. Only that warning, and only inside zod, is silenced:
 * every other warning (an annotation in our own code included) still prints.
 */
const quietKnownWarnings: Rollup.WarningHandlerWithDefault = (warning, warn) => {
  const inZod = /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '');
  if (warning.code === 'INVALID_ANNOTATION' && inZod) return;
  warn(warning);
};

/**
 * `npm run bench` builds a second copy with the bench's counters on the worker's global
 * (src/background/stats.ts) into .output/bench; every other build leaves them out: the
 * define below turns `import.meta.env.LIVEPACE_BENCH` into `false`, and Rollup drops the code.
 */
const BENCH = process.env.LIVEPACE_BENCH === '1';

/** Only the extension's own scripts on its pages: no remote code, no eval. */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

/** The console hosts, and nothing else: the extension never talks to the network itself. */
export const CONSOLE_HOSTS = [...CONSOLE_HOST_PATTERNS]; // each platform's meta.ts

export default defineConfig({
  imports: false,
  ...(BENCH ? { outDir: '.output/bench' } : {}),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: CONSOLE_HOSTS,
    // Team sync only (issue #12): options asks Chrome for the one server origin the seller names,
    // at the moment they enable sync; nothing is granted at install (docs/team-sync.md).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The 点选 picker, imported by the badge only when the seller clicks 点选, and only on the
    // consoles (src/ui/badge/picker-load.ts; why this and not `scripting`: docs/security.md).
    web_accessible_resources: [{ resources: ['picker.js'], matches: CONSOLE_HOSTS }],
    // Stated, not left to the browser's default: extension pages run only the bundled code.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'livepace@livepace.local',
              strict_min_version: '128.0',
              // Firefox's data-collection declaration: LivePace collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: { 'import.meta.env.LIVEPACE_BENCH': JSON.stringify(BENCH) },
    build: { target: 'es2022', rollupOptions: { onwarn: quietKnownWarnings } },
  }),
});
