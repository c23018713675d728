import { describe, expect, it } from 'vitest';
import { isTapped } from '../../../src/capture/api-patterns';

// URLs written from CONSOLES.md's endpoint paths, not from the patterns' own constants.
describe('the tap hands over each platform’s endpoints, and nothing else', () => {
  it.each([
    'https://jlive.jd.com/api/liveRealTimeGeneralData/generalData?liveId=1',
    'https://jlive.jd.com/api/console/homePage/newGetAuthorInfo',
    'https://jlive.jd.com/api/core/getBasicDataTableArea',
    'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/live/get_live_info?x=1',
    'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/auth/auth_data',
  ])('taps %s', (url) => expect(isTapped(url)).toBe(true));

  it.each([
    'https://jlive.jd.com/api/someOtherCall',
    'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/live/unrelated_call',
    'https://work.1688.com/home/page/index.htm',
  ])('leaves %s alone', (url) => expect(isTapped(url)).toBe(false));
});
