import { render } from 'preact';

render(<p>开播进度</p>, document.getElementById('app')!);
