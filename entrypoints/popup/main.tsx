import '../../assets/css/popup.css';
import { paintSnapshot, readSnapshot } from '../../src/ui/popup/snapshot';

// The first frame: the popup's own last render of the background's last view, painted by this
// tiny entry (no Preact, no zod, no dictionaries) while the app's chunk loads (issue #16).
const root = document.getElementById('app')!;
const app = import('./app');
void readSnapshot().then(async (snap) => {
  if (snap) paintSnapshot(root, snap, new Date());
  (await app).startPopup(root, snap !== null);
});
