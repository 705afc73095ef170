/** File dialogs main needs. Electron's dialog module in the app; a test's chosen path in the harness. */
export interface Dialogs {
  /** Resolves to the chosen path, or null when the user cancelled. */
  chooseSavePath(options: { title: string; defaultName: string }): Promise<string | null>;
  /** Resolves to the chosen file, or null when the user cancelled. */
  chooseOpenPath(options: { title: string; extensions: string[] }): Promise<string | null>;
  /** Resolves to the chosen folder, or null when the user cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
}
