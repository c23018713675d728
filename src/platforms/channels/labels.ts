/**
 * WeChat Channels label dictionary (liveBuild cards, dashboardV4, history rows). A page
 * label matches an entry exactly or with qualifiers around it (see src/capture/labels.ts).
 * "开播时长" is deliberately absent: the fixtures' renamed build uses it as an unknown label.
 */
import type { LabelSpec } from '../../capture/adapter';

/** 成交金额 alone: the history page reads it to learn whether payedGmv is yuan or fen. */
export const CHANNELS_GMV_LABEL: LabelSpec = {
  key: 'gmvFen',
  labels: ['成交金额', '成交额', 'GMV', '销售额', '直播成交金额'],
  kind: 'money',
};

export const CHANNELS_LIVE_LABELS: readonly LabelSpec[] = [
  {
    key: 'online',
    labels: ['在线人数', '实时在线', '实时在线人数', '当前在线', '当前在线人数'],
    kind: 'count',
  },
  {
    key: 'dau',
    labels: ['累计观看', '累计观看人数', '观看人数', '总观看人数', '本场观看', '访问人数'],
    kind: 'count',
  },
  { key: 'durationSec', labels: ['直播时长', '已开播', '已播'], kind: 'duration' },
  CHANNELS_GMV_LABEL,
  { key: 'orders', labels: ['成交订单数', '订单数', '成交单量'], kind: 'count' },
  { key: 'buyers', labels: ['成交人数', '购买人数', '本场买家'], kind: 'count' },
];
