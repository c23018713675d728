/**
 * JD bigScreen (数据大屏) label dictionary: the words the console prints for each figure.
 * A page label matches an entry exactly or with qualifiers around it (本场…, …累计; see
 * src/capture/labels.ts). "GMV" is deliberately absent: JD prints 成交金额, and a card
 * headed "GMV" stands for an unrecognised build in the fixtures (health reports it missing).
 */
import type { LabelSpec } from '../../capture/adapter';

export const JD_BIGSCREEN_LABELS: readonly LabelSpec[] = [
  {
    key: 'online',
    labels: ['在线人数', '实时在线', '实时在线人数', '当前在线', '当前在线人数'],
    kind: 'count',
  },
  {
    key: 'dau',
    labels: ['访问人数', '观看人数', '累计观看', '累计观看人数', '本场观看'],
    kind: 'count',
  },
  { key: 'buyers', labels: ['成交人数', '购买人数', '本场买家'], kind: 'count' },
  { key: 'gmvFen', labels: ['成交金额', '成交额', '销售额', '直播成交金额'], kind: 'money' },
  { key: 'orders', labels: ['成交单量', '成交订单数', '订单数'], kind: 'count' },
  // 已播 (elapsed, in the bigScreen header) is an assumed label: unverified on the real page.
  { key: 'durationSec', labels: ['直播时长', '已播', '已开播', '开播时长'], kind: 'duration' },
];
