import { h, render } from 'preact';
(globalThis as any).x = [h, render];
