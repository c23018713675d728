// STUB — replaced by the in-page badge (issue 5). Signature is the contract.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '../../history/model';

export async function mountBadge(ctx: ContentScriptContext, platform: Platform): Promise<void> {
  void ctx;
  void platform;
}
