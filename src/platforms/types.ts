/**
 * What one platform (one seller console) brings to LivePace. Each platform folder exports a
 * `PlatformMeta` (light: ids and strings only, safe for content scripts and the history model)
 * and a `PlatformModule` (everything: adapters, rule pack, settings, form). The registries in
 * ids.ts (metas) and index.ts (modules) are typed so that a missing part is a compile error.
 */
import type { ComponentType } from 'preact';
import type { z } from 'zod';
import type { Adapter } from '../capture/adapter';
import type { AccountSettings } from '../history/model';
import type { DayNum } from '../rules/daymath';
import type { AccountHistory } from '../rules/history-index';
import type { AccountEvaluation, Assumption, ItemResult, Text } from '../rules/result';
import type { Lang } from '../ui/i18n/core';

/** Ids and strings: what lists, the popup's platform names and adapter health need. */
export interface PlatformMeta<P extends string = string, Page extends string = string> {
  id: P;
  /** Platform name as the seller knows it, e.g. {zh: '京东直播', en: 'JD Live'}. */
  names: Text;
  /** Every page kind an adapter of this platform handles, `<platform>.<page>`. */
  pageIds: readonly Page[];
  /** Each page's name in health messages ("京东大屏读取失败: …"), zh and en. */
  pages: Readonly<Record<Page, Text>>;
}

/** What evaluating one rule pack adds to an account's evaluation. */
export interface PackOutcome {
  items: ItemResult[];
  assumptions: Assumption[];
  /** Platform-specific summary shown above the items; the first pack that sets one wins. */
  extras?: Pick<AccountEvaluation, 'cycle' | 'level' | 'coldStart'>;
}

/** The rule pack kind a platform judges: its zod schema (one `kind` literal) and evaluator. */
export interface PackPart<Pack extends { kind: string }> {
  kind: Pack['kind'];
  schema: z.ZodObject<z.ZodRawShape> & z.ZodType<Pack>;
  evaluate: (
    pack: Pack,
    acc: AccountHistory,
    settings: AccountSettings,
    today: DayNum,
    nowMs: number,
  ) => PackOutcome;
}

/** Props of a platform's per-account settings form in Options → 平台设置. */
export interface SettingsFormProps {
  s: AccountSettings;
  set: (s: AccountSettings) => void;
  lang: Lang;
  now: Date;
}

export interface PlatformModule<
  P extends string = string,
  Page extends string = string,
  Pack extends { kind: string } = { kind: string },
> extends PlatformMeta<P, Page> {
  /** The adapters of this platform's pages (the content script imports them via capture.ts). */
  adapters: readonly (Adapter & { id: Page; platform: P })[];
  pack: PackPart<Pack>;
  /**
   * This platform's part of the per-account settings (all optional: missing means unknown);
   * the history model's AccountSettingsSchema is the union of every platform's part.
   */
  accountSettings: z.ZodRawShape;
  SettingsForm: ComponentType<SettingsFormProps>;
}
