import { defineConfig } from 'wxt';

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
            gecko: { id: 'livepace@livepace.local', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
