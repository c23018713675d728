import '../../assets/css/popup.css';
import { paintSnapshot, readSnapshot } from '../../src/ui/popup/snapshot';

// The first frame: the popup's own last render of the background's last view, painted by this
// tiny entry (no Preact, no zod, no dictionaries, no storage round trip: localStorage and the
// stamp in the URL are read synchronously); the app's chunks (~200 KB) are fetched only after
// that frame, so their loading does not compete with it (issue #16).
const root = document.getElementById('app')!;
const snap = readSnapshot(localStorage, location.hash);
if (snap) paintSnapshot(root, snap, new Date());
const afterFrame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
void (snap ? afterFrame() : Promise.resolve()).then(async () =>
  (await import('./app')).startPopup(root, snap !== null),
);
