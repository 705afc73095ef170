import { shortcutGroups, shortcuts, shortcutText, ariaShortcut } from '../../shared/shortcuts';
import { ModalDialog } from './ModalDialog';

const isMac = navigator.userAgent.includes('Mac');

/** Help → Keyboard Shortcuts (Ctrl+/): every shortcut, generated from the one shared table. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog titleId="shortcuts-title" title="Keyboard shortcuts" onClose={onClose}>
      {shortcutGroups.map((group) => (
        <table key={group} className="shortcuts-table">
          <caption>{group}</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts
              .filter((s) => s.group === group)
              .map((s) => (
                <tr key={s.id}>
                  <td>{s.label}</td>
                  <td>
                    <kbd aria-label={ariaShortcut(s, isMac).replaceAll('+', ' ')}>{shortcutText(s, isMac)}</kbd>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </ModalDialog>
  );
}
