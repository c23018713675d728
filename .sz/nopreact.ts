import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { etaText, freshnessText, remainingText, statusText } from '../src/ui/format';
import { BADGE_CSS } from '../src/ui/badge/css';
import { isEvaluation } from '../src/ui/evaluation-guard';
(globalThis as any).x = [createShadowRootUi, etaText, freshnessText, remainingText, statusText, BADGE_CSS, browser, isEvaluation];
