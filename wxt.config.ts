import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const stub = (file: string): string =>
  fileURLToPath(new URL(`./src/ui/badge/stubs/${file}.ts`, import.meta.url));

/** The console hosts, and nothing else: the extension never talks to the network itself. */
export const CONSOLE_HOSTS = [
  'https://jlive.jd.com/*',
  'https://channels.weixin.qq.com/*',
  'https://*.1688.com/*',
];

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: CONSOLE_HOSTS,
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
    build: { target: 'es2022' },
    // Content-script size budget (15 KB gzip): createShadowRootUi drags in autoMount's
    // element watcher and a Unicode tag-name regex that the badge never needs. Each stub
    // explains itself; nothing else imports these packages.
    resolve: {
      alias: [
        { find: /^@1natsu\/wait-element$/, replacement: stub('wait-element') },
        { find: /^@1natsu\/wait-element\/detectors$/, replacement: stub('wait-element-detectors') },
        { find: /^is-potential-custom-element-name$/, replacement: stub('custom-element-name') },
      ],
    },
  }),
});
