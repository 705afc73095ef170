import type { BrowserWindow } from 'electron';
import type { Printer } from './printer';

const noWindow = () => new Error('There is no Cairn window to print.');

/** webContents.print / printToPDF of the main window; margins, header and footer come from the page's print CSS. */
export function electronPrinter(window: () => BrowserWindow | null): Printer {
  return {
    print: ({ pageSize }) =>
      new Promise((resolve, reject) => {
        const contents = window()?.webContents;
        if (!contents) return reject(noWindow());
        contents.print({ silent: false, printBackground: true, pageSize }, (success, failureReason) => {
          if (success) resolve(true);
          else if (failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(false);
          else reject(new Error(failureReason));
        });
      }),
    pdf: async ({ pageSize }) => {
      const contents = window()?.webContents;
      if (!contents) throw noWindow();
      const buffer = await contents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: false });
      return new Uint8Array(buffer);
    },
  };
}
