/**
 * What one platform (one seller console) brings to LivePace, in four registries that differ by
 * who may import them (each typed `{ [P in Platform]: … }`, so a part left out is a compile
 * error naming the platform):
 * - ids.ts: `PlatformMeta` (ids and strings; content scripts, the badge and model.ts use it);
 * - account-settings.ts: the per-account settings part (zod; model.ts unions them);
 * - index.ts: `PlatformModule` (adapters, rule pack; the engine and the background use it);
 * - forms.ts: the options form (Preact; only the options page, so the worker carries no UI).
 */
import type { ComponentType } from 'preact';
import type { z } from 'zod';
import type { Adapter } from '../capture/adapter';
import type { AccountSettings } from '../history/model';
import type { DayNum } from '../time/beijing';
import type { PackProblem } from '../rules/pack-invariants';
import type { AccountHistory } from '../rules/history-index';
import type { AccountEvaluation, Assumption, ItemResult } from '../rules/result';
import type { Lang } from '../ui/i18n/core';

/** A text in both languages the UI has. */
export interface Names {
  zh: string;
  en: string;
}

/** The JSON endpoints a platform's pages call, for the MAIN-world tap (src/capture/tap.ts). */
export interface PlatformApi {
  patterns: Readonly<Record<string, RegExp>>;
  /** One cheap test every request URL of the page goes through before `patterns`. */
  prefilter: RegExp;
}

/** Ids and strings: what lists, the popup's platform names and adapter health need. */
export interface PlatformMeta<P extends string = string, Page extends string = string> {
  id: P;
  /** Platform name as the seller knows it, e.g. {zh: '京东直播', en: 'JD Live'}. */
  names: Names;
  /**
   * The console's hosts as manifest match patterns (`https://<host>/*`, `https://*.<domain>/*`):
   * host permissions, and which sender a content-script message is from.
   */
  hosts: readonly `https://${string}/*`[];
  /** Every page kind an adapter of this platform handles, `<platform>.<page>`. */
  pageIds: readonly Page[];
  /** Each page's name in health messages ("京东大屏读取失败: …"), zh and en. */
  pages: Readonly<Record<Page, Names>>;
  /** Endpoints whose responses the tap hands over; null = this console is read from the DOM. */
  api: PlatformApi | null;
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
  /** The platform's rule packs as raw JSON by file name (`rules/<name>.json`), parsed at load. */
  files: Readonly<Record<`rules/${string}.json`, unknown>>;
  schema: z.ZodObject<z.ZodRawShape> & z.ZodType<Pack>;
  // Method syntax on purpose: a registry of parts over different Pack types must be assignable
  // to PackPart<RulePack> for the engine's dispatch by `kind`.
  evaluate(
    pack: Pack,
    acc: AccountHistory,
    settings: AccountSettings,
    today: DayNum,
    nowMs: number,
  ): PackOutcome;
  /** What zod's shape cannot say (unique ids, references that resolve); null = fine. */
  check?(pack: Pack): PackProblem | null;
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
  /** The adapters of this platform's pages (its content script imports adapters.ts directly). */
  adapters: readonly (Adapter & { id: Page; platform: P })[];
  pack: PackPart<Pack>;
  /**
   * This platform's part of the per-account settings (all optional: missing means unknown);
   * the history model's AccountSettingsSchema is the union of every platform's part.
   */
  accountSettings: z.ZodRawShape;
}

/** A platform's per-account settings form (registered in forms.ts). */
export type SettingsForm = ComponentType<SettingsFormProps>;
