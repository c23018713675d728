import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { saveBinding } from '../src/capture/binding-store';
import { startPicker } from '../src/ui/badge/picker';
import { PICKER_HOOK, type PickerModule } from '../src/ui/badge/picker-load';
import { loadBadgeStrings } from '../src/ui/badge/rpc';

/**
 * The 点选 picker, loaded on demand by the badge (src/ui/badge/picker-load.ts) so the console
 * content scripts do not carry it. It only registers itself; nothing runs until the badge
 * calls `startPicker`.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    const mod: PickerModule = { startPicker, loadBadgeStrings, saveBinding };
    (globalThis as { [PICKER_HOOK]?: PickerModule })[PICKER_HOOK] = mod;
  },
});
