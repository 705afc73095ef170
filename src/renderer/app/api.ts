import type { CairnApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Built by the preload (or the test harness) from the contract's channel list. */
    readonly cairn: CairnApi;
  }
}

export const api: CairnApi = window.cairn;
