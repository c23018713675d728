import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wired by the history issue
});
