export type PageSize = 'A4' | 'Letter';

/**
 * Renders the current page for paper. Electron's webContents in the app; in
 * the browser harness, Playwright's page.pdf (Chromium's own PDF printing).
 */
export interface Printer {
  /** Opens the OS print dialog for the current window; resolves false when the user cancelled. */
  print(options: { pageSize: PageSize }): Promise<boolean>;
  /** The current page as PDF bytes. */
  pdf(options: { pageSize: PageSize }): Promise<Uint8Array>;
}
