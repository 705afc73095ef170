import { shortcutGroups, shortcuts, shortcutText, ariaShortcut } from '../../shared/shortcuts';
import { ModalDialog } from './ModalDialog';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../ui/Table';
import styles from './help-dialogs.module.css';

const isMac = navigator.userAgent.includes('Mac');

/** Help → Keyboard Shortcuts (Ctrl+/): every shortcut, generated from the one shared table. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog titleId="shortcuts-title" title="Keyboard shortcuts" onClose={onClose}>
      {shortcutGroups.map((group) => (
        <Table caption={group} key={group} className={styles.shortcutsTable}>
          <TableHeader>
            <Column isRowHeader>Action</Column>
            <Column>Keys</Column>
          </TableHeader>
          <TableBody>
            {shortcuts
              .filter((s) => s.group === group)
              .map((s) => (
                <Row key={s.id}>
                  <Cell>{s.label}</Cell>
                  <Cell>
                    <kbd aria-label={ariaShortcut(s, isMac).replaceAll('+', ' ')}>{shortcutText(s, isMac)}</kbd>
                  </Cell>
                </Row>
              ))}
          </TableBody>
        </Table>
      ))}
    </ModalDialog>
  );
}
