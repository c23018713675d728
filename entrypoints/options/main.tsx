import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/App';
import '../../assets/css/options.css';
import '../../src/ui/i18n/register';

render(<OptionsApp />, document.getElementById('app')!);
