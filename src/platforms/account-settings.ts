/**
 * Every platform's part of the per-account settings, keyed by platform: the history model's
 * AccountSettingsSchema is their union. Kept apart from the full registry (./index.ts) because
 * model.ts, which everything imports, needs it: only zod and the shared field schemas here.
 */
import type { z } from 'zod';
import { alibabaAccountSettings } from './alibaba/settings';
import { channelsAccountSettings } from './channels/settings';
import { douyinAccountSettings } from './douyin/settings';
import type { Platform } from './ids';
import { jdAccountSettings } from './jd/settings';

export const ACCOUNT_SETTINGS_PARTS = {
  jd: jdAccountSettings,
  channels: channelsAccountSettings,
  alibaba: alibabaAccountSettings,
  douyin: douyinAccountSettings,
} satisfies Record<Platform, z.ZodRawShape>;

type Parts = typeof ACCOUNT_SETTINGS_PARTS;
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
/** All parts in one shape; keys are disjoint (tests/unit/platforms/registry.test.ts). */
export type AccountSettingsShape = Intersect<Parts[keyof Parts]>;

// Object.assign's result type is the first argument's; the parts' intersection is what it holds.
export const ACCOUNT_SETTINGS_SHAPE = Object.assign(
  {},
  ...Object.values(ACCOUNT_SETTINGS_PARTS),
) as AccountSettingsShape;
