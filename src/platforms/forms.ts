/**
 * Each platform's per-account settings form (Options → 平台设置). Apart from the module
 * registry (./index.ts) because the background imports that one and must carry no Preact.
 */
import { PlatformAlibaba } from './alibaba/SettingsForm';
import { PlatformChannels } from './channels/SettingsForm';
import { PlatformDouyin } from './douyin/SettingsForm';
import type { Platform } from './ids';
import { PlatformJd } from './jd/SettingsForm';
import type { SettingsForm } from './types';

export const SETTINGS_FORMS: { readonly [P in Platform]: SettingsForm } = {
  jd: PlatformJd,
  channels: PlatformChannels,
  alibaba: PlatformAlibaba,
  douyin: PlatformDouyin,
};
