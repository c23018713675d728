// Unit tests render badge and popup views outside the extension: register the bundled badge
// dictionaries as the extension pages do (the in-page badge gets them from the background).
import '../../src/ui/i18n/register';
