/**
 * Douyin label dictionary (罗盘 直播大屏, 百应 直播中控台), in the consoles' own words
 * (CONSOLES.md's 中文 names: 成交金额, 累计观看人数, 成交人数, 新加直播团人数, 新加购物团人数,
 * 新增粉丝). A page label matches an entry exactly or with qualifiers around it
 * (src/capture/labels.ts); 平均在线人数 is deliberately unmatched: it is an average.
 */
import type { LabelSpec } from '../../capture/adapter';

export const DOUYIN_GMV_LABEL: LabelSpec = {
  key: 'gmvFen',
  labels: ['成交金额', '直播间成交金额', '用户支付金额', '成交额', 'GMV'],
  kind: 'money',
};

export const DOUYIN_LABELS: readonly LabelSpec[] = [
  DOUYIN_GMV_LABEL,
  { key: 'dau', labels: ['累计观看人数', '观看人数', '累计观看'], kind: 'count' },
  { key: 'buyers', labels: ['成交人数', '购买人数', '支付人数'], kind: 'count' },
  // Before the two clubs split, 粉丝团 was the live club (seed 004's 直播间粉丝团).
  { key: 'clubLive', labels: ['新加直播团人数', '新加直播团', '新加粉丝团人数'], kind: 'count' },
  { key: 'clubShop', labels: ['新加购物团人数', '新加购物团'], kind: 'count' },
  { key: 'newFans', labels: ['新增粉丝', '新增粉丝数', '新增关注'], kind: 'count' },
  { key: 'durationSec', labels: ['直播时长', '开播时长', '已开播'], kind: 'duration' },
  { key: 'online', labels: ['实时在线人数', '当前在线人数', '在线人数'], kind: 'count' },
];
