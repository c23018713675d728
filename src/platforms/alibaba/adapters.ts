/**
 * 1688 (*.1688.com). The anchor console (主播台) has no public web description, so this is
 * a label-driven reader for whatever seller workbench / live page shows these labels; the
 * layout is unverified and health says so when the labels are not found. It sends shop
 * facts: 交易勋章, BSR 货描/发货, 粉丝数 and the workbench's 近30天 直播场次 / 买家数 (the
 * engine prefers these console figures over its own sums of captured sessions).
 */
import type { Req } from '../../messaging/index';
import { defineAdapter, type Adapter, type ReadKey } from '../../capture/adapter';
import { cookie, textOf } from '../../capture/identify';
import { ALIBABA_LABELS, ALIBABA_LIVE_LABELS } from './labels';

// The label dictionaries are data beside this file.
export { ALIBABA_LABELS, ALIBABA_LIVE_LABELS };

/** Member id: the login cookie, else a member-id block on the page (unverified layout). */
export function alibabaAccount(doc: Document): { accountId?: string; accountName?: string } {
  const id =
    cookie(doc, '__cn_logon_id__') ??
    textOf(doc, ['[class*="memberId"]', '[class*="member-id"]', '[data-member-id]']);
  const name = textOf(doc, [
    '[class*="companyName"]',
    '[class*="company-name"]',
    '[class*="shop-name"]',
  ]);
  return { accountId: id, accountName: name };
}

type Facts = Req<'shopFacts'>;
type FactField = Exclude<
  keyof Facts,
  'platform' | 'accountId' | 'observedAt' | 'accountName' | 'provisional'
>;

/** Read key → shopFacts field. The parsers already yield whole counts and a 0–5 medal. */
const FACT_OF: readonly (readonly [ReadKey, FactField])[] = [
  ['medal', 'medal'],
  ['bsrDesc', 'bsrDesc'],
  ['bsrShip', 'bsrShip'],
  ['fans', 'fans'],
  ['liveCount', 'sessions30'],
  ['buyers30', 'buyers30'],
];

/** What the workbench shows → the `shopFacts` message; null when it shows none of them. */
export const alibabaFacts: NonNullable<Adapter['shopFacts']> = (read, ident, observedAt) => {
  const facts: Partial<Record<FactField, number>> = {};
  for (const [from, to] of FACT_OF) {
    const x = read.get(from)?.value;
    if (x !== undefined) facts[to] = x;
  }
  if (Object.keys(facts).length === 0) return null;
  return {
    platform: 'alibaba',
    accountId: ident.accountId,
    accountName: ident.accountName,
    observedAt,
    ...facts,
  };
};

export const alibabaWorkbench = defineAdapter({
  id: 'alibaba.workbench',
  platform: 'alibaba',
  // Every 1688 page except the public viewer room, which shows someone else's live.
  matches: { host: /(^|\.)1688\.com$/, path: /^\/(?!zb\/play\.html)/ },
  // Shop facts always; the current live (本场观看, 本场买家 …) when the page shows one.
  scope: 'session',
  observe: ['dau', 'buyers', 'gmvFen', 'orders', 'durationSec', 'online'],
  network: [],
  labels: [...ALIBABA_LABELS, ...ALIBABA_LIVE_LABELS],
  expected: ['medal', 'bsrDesc', 'bsrShip', 'fans'],
  identify: (doc) => alibabaAccount(doc),
  shopFacts: alibabaFacts,
});

/** This platform's pages, in match order: the content script and the registry use this list. */
export const ALIBABA_ADAPTERS = [alibabaWorkbench] as const;
