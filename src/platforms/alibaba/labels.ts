/**
 * 1688 label dictionaries, in the seed's own words (近30天直播场次累计, 近30天直播间买家数 …)
 * and shorter forms. A page label matches an entry exactly or with qualifiers around it
 * (see src/capture/labels.ts); the longest entry found on the page wins.
 */
import type { LabelSpec } from '../../capture/adapter';

/** Seller workbench: shop facts and the 30-day live figures. */
export const ALIBABA_LABELS: readonly LabelSpec[] = [
  {
    key: 'liveCount',
    labels: ['直播场次', '近30天直播场次', '近30天直播场次累计', '有效直播场次'],
    kind: 'count',
  },
  {
    // The 30-day window's buyers (a shop fact), not a live session's buyers (本场买家).
    key: 'buyers30',
    labels: ['买家数', '近30天买家数', '近30天直播间买家数', '直播买家数', '直播间买家数'],
    kind: 'count',
  },
  { key: 'fans', labels: ['粉丝数', '粉丝'], kind: 'count' },
  { key: 'medal', labels: ['交易勋章'], kind: 'medal' },
  { key: 'bsrDesc', labels: ['BSR货描', '货描', '货描相符'], kind: 'score' },
  { key: 'bsrShip', labels: ['BSR发货', '发货', '发货速度'], kind: 'score' },
];

/** One 1688 live session (本场): what the anchor's live page shows while on air. */
export const ALIBABA_LIVE_LABELS: readonly LabelSpec[] = [
  {
    key: 'dau',
    labels: ['本场观看', '累计观看', '观看人数', '累计观看人数', '访问人数'],
    kind: 'count',
  },
  // Not 买家数 alone: on the workbench that is the 30-day figure.
  { key: 'buyers', labels: ['本场买家', '本场买家数', '成交人数', '购买人数'], kind: 'count' },
  {
    key: 'gmvFen',
    labels: ['本场成交金额', '成交金额', '成交额', 'GMV', '销售额', '直播成交金额'],
    kind: 'money',
  },
  { key: 'orders', labels: ['成交单量', '成交订单数', '订单数'], kind: 'count' },
  { key: 'durationSec', labels: ['直播时长', '已播', '开播时长'], kind: 'duration' },
  {
    key: 'online',
    labels: ['在线人数', '实时在线', '实时在线人数', '当前在线', '当前在线人数'],
    kind: 'count',
  },
];
