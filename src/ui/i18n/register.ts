/**
 * Extension pages (popup, options, background) carry both badge dictionaries and register
 * them on import; the in-page badge gets its one language from the background instead.
 */
import { useBadgeStrings } from './core';
import { enBadge } from './en';
import { zhBadge } from './zh';

useBadgeStrings('zh', zhBadge);
useBadgeStrings('en', enBadge);
