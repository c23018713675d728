/**
 * Douyin's options and popup strings (zh first, en below with the same keys): spread
 * into the options dictionaries (src/ui/i18n/zh-options.ts, en-options.ts).
 */
export const zhDouyin = {
  'dy.targets': '我的目标（含新加直播团 / 新加购物团）',
  'dy.club.live': '直播团',
  'dy.club.shop': '购物团',
  'dy.levels': '粉丝团等级与每日电商上限（商家录入）',
  'dy.levelsNote': '官方没有公开这些数值：这里只用你自己录入的，页面上都标为“商家录入”。',
  'dy.club': '粉丝团',
  'dy.level': '等级',
  'dy.levelIntimacy': '升级所需亲密度',
  'dy.dailyCap': '每日电商亲密度上限',
  'dy.entered': '商家录入',
  'dy.calc': '亲密度计算器',
  'dy.calc.minutes': '观看分钟',
  'dy.calc.yuan': '购买金额 ¥',
  'dy.calc.lamp': '灯牌',
  'dy.calc.coins': '抖币',
  'dy.calc.viewerLevel': '观众当前等级（用于商家录入的上限）',
  'dy.calc.rates': '规则包 {v} 的比率：{rates}',
  'imp.field.douyinTargets': '抖音目标',
  'imp.field.douyinLevels': '抖音粉丝团等级（商家录入）',
} as const;

export type DouyinKey = keyof typeof zhDouyin;

export const enDouyin: Record<DouyinKey, string> = {
  'dy.targets': 'My targets (incl. new live / shopping fan-club members)',
  'dy.club.live': 'live fan club',
  'dy.club.shop': 'shopping fan club',
  'dy.levels': 'Fan-club levels and daily e-commerce caps (entered by you)',
  'dy.levelsNote':
    'Douyin publishes no official numbers for these: only what you enter is used, marked "entered by you".',
  'dy.club': 'Fan club',
  'dy.level': 'Level',
  'dy.levelIntimacy': 'Intimacy to reach it',
  'dy.dailyCap': 'Daily e-commerce intimacy cap',
  'dy.entered': 'entered by you',
  'dy.calc': 'Intimacy calculator',
  'dy.calc.minutes': 'Minutes watched',
  'dy.calc.yuan': 'Bought ¥',
  'dy.calc.lamp': 'Fan lamps',
  'dy.calc.coins': 'Douyin coins',
  'dy.calc.viewerLevel': "Viewer's level (for your entered cap)",
  'dy.calc.rates': 'Rates of pack {v}: {rates}',
  'imp.field.douyinTargets': 'Douyin targets',
  'imp.field.douyinLevels': 'Douyin fan-club levels (entered by you)',
};
