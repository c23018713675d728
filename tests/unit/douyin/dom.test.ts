// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../../src/capture/dom-reader';
import {
  douyinAccount,
  douyinControl,
  douyinHistory,
  douyinScreenBasic,
  douyinScreenPro,
  douyinShownStart,
} from '../../../src/platforms/douyin/adapters';
import { DOUYIN_LABELS } from '../../../src/platforms/douyin/labels';
import { docOf, values } from '../capture/helpers';

/**
 * Douyin pages as painted (hashed CSS-module classes, Chinese labels, ¥ split from its
 * decimals), read by label with the Douyin dictionary. Snippets are written by hand.
 */
const SCREEN = `<header class="index-module__header___b4Kd0"><span class="index-module__nickname___a8Df2">小象好物</span>
<span class="index-module__uid___k2P9q">抖音号：xiaoxiang_88</span><span class="index-module__live___r7Tq1">直播中</span>
<span class="index-module__label___Qm3s8">直播时长</span> <span class="index-module__value___Zt5v1">1小时21分5秒</span></header>
<section class="index-module__grid___Lp8n3">
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">成交金额</div><div class="index-module__value___Zt5v1">¥<span class="index-module__int___p0Q7a">45,678</span>.90</div></div>
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">累计观看人数</div><div class="index-module__value___Zt5v1">12,345</div></div>
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">平均在线人数</div><div class="index-module__value___Zt5v1">880</div></div>
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">成交人数</div><div class="index-module__value___Zt5v1">321</div></div>
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">新加直播团人数</div><div class="index-module__value___Zt5v1">56</div></div>
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">新加购物团人数</div><div class="index-module__value___Zt5v1">23</div></div>
<div class="index-module__card___x7Hk2"><div class="index-module__label___Qm3s8">新增粉丝</div><div class="index-module__value___Zt5v1">410</div></div>
</section>`;

const CONTROL = `<header class="header_5sK2d"><span class="userName_9dL3e">小象好物</span>
<span class="liveTag_2xYk9">直播中</span><span class="startTime_0pL5c">开播时间：2026/03/10 20:00:00</span></header>
<section class="dataPanel_3mR8z">
<div class="dataItem_4gT1m"><div class="title_8kQ2w">累计观看人数</div><div class="value_6yH3v">12,345</div></div>
<div class="dataItem_4gT1m"><div class="title_8kQ2w">实时在线人数</div><div class="value_6yH3v">1,203</div></div>
<div class="dataItem_4gT1m"><div class="title_8kQ2w">成交金额</div><div class="value_6yH3v">¥45,678.90</div></div>
<div class="dataItem_4gT1m"><div class="title_8kQ2w">成交人数</div><div class="value_6yH3v">321</div></div>
<div class="dataItem_4gT1m"><div class="title_8kQ2w">新加直播团</div><div class="value_6yH3v">56</div></div>
<div class="dataItem_4gT1m"><div class="title_8kQ2w">新加购物团</div><div class="value_6yH3v">--</div></div>
</section>`;

describe('罗盘 big screen by label', () => {
  it('every figure in stored units; 平均在线人数 is not online', () => {
    expect(values(readLabels(docOf(SCREEN).body, DOUYIN_LABELS))).toEqual({
      gmvFen: 4567890,
      dau: 12345,
      buyers: 321,
      clubLive: 56,
      clubShop: 23,
      newFans: 410,
      durationSec: 4865,
    });
  });
  it('account: the 抖音号 the page prints, and the nickname', () => {
    expect(douyinAccount(docOf(SCREEN))).toEqual({
      accountId: 'xiaoxiang_88',
      accountName: '小象好物',
    });
  });
  it('the session is the live_room_id of the URL', () => {
    const u = new URL(
      'https://compass.jinritemai.com/screen/live/talent?live_room_id=7481234567890123456',
    );
    expect(douyinScreenPro.identify(docOf(SCREEN), u).sessionId).toBe('7481234567890123456');
  });
});

describe('百应 直播中控台 by label', () => {
  it('figures by label; a "--" stays unread', () => {
    const read = values(readLabels(docOf(CONTROL).body, DOUYIN_LABELS));
    expect(read).toEqual({ dau: 12345, online: 1203, gmvFen: 4567890, buyers: 321, clubLive: 56 });
  });
  it('no 抖音号 on the page: the nickname only (provisional account); start from 开播时间', () => {
    const doc = docOf(CONTROL);
    expect(douyinAccount(doc)).toEqual({ accountName: '小象好物' });
    expect(douyinShownStart(doc)).toBe('2026-03-10T12:00:00.000Z');
  });
});

describe('pages each adapter handles', () => {
  const pick = (href: string) =>
    [douyinScreenPro, douyinScreenBasic, douyinHistory, douyinControl].find((a) => {
      const u = new URL(href);
      return a.matches.host.test(u.hostname) && a.matches.path.test(u.pathname + u.search);
    })?.id;
  it.each([
    ['https://compass.jinritemai.com/screen/live/talent?live_room_id=1', 'douyin.screenPro'],
    ['https://compass.jinritemai.com/screen/anchor/talent?live_room_id=1', 'douyin.screenPro'],
    [
      'https://compass.jinritemai.com/screen/talent/main?live_room_id=1&live_app_id=1128',
      'douyin.screenBasic',
    ],
    ['https://buyin.jinritemai.com/dashboard/compass-home/live-list', 'douyin.history'],
    ['https://compass.jinritemai.com/talent/live-detail', 'douyin.history'],
    ['https://buyin.jinritemai.com/dashboard/live/control', 'douyin.control'],
    ['https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control', 'douyin.control'],
    ['https://compass.jinritemai.com/talent/home', undefined],
    ['https://jinritemai.com.evil.example/screen/live/talent', undefined],
  ])('%s → %s', (href, id) => {
    expect(pick(href)).toBe(id);
  });
});
