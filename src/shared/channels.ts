/**
 * The IPC channel list, kept free of zod so the sandboxed preload stays tiny.
 * contract.ts must give every name here a schema pair (the compiler checks).
 */
export const channels = ['app.info', 'vault.status'] as const;

export type Channel = (typeof channels)[number];

/** Prefixed so Cairn's channels can never collide with Electron's own. */
export const ipcName = (channel: Channel): string => `cairn:${channel}`;
