// Types for scripts/start.mjs (plain JavaScript so it runs before anything is built), used by its tests.

export interface DownloadResult {
  ok: boolean;
  cause?: string;
}

export interface StartOptions {
  args?: string[];
  env?: Record<string, string | undefined>;
  nodeVersion?: string;
  electronDir?: string;
  download?: (electronDir: string, env: Record<string, string | undefined>) => Promise<DownloadResult>;
  open?: (electronPath: string, args: string[], env: Record<string, string | undefined>) => Promise<number>;
  say?: (text: string) => void;
  complain?: (text: string) => void;
}

export const DOWNLOADING: string;
export function missingRuntimeMessage(cause: string): string;
export function oldNodeMessage(version: string): string;
export function isNodeTooOld(version: string): boolean;
export function findElectron(electronDir: string, env: Record<string, string | undefined>): string | null;
export function downloadElectron(electronDir: string, env: Record<string, string | undefined>): Promise<DownloadResult>;
export function describeCause(errorLine: string): string;
export function preview(electronPath: string, args: string[], env: Record<string, string | undefined>): Promise<number>;
export function start(options?: StartOptions): Promise<number>;
