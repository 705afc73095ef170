import { useCallback, useState } from 'react';
import { SearchDialog } from './SearchDialog';
import { useSearchIndex } from './useSearchIndex';
import { useSearchShortcut } from './useSearchShortcut';

/** Search everything, mounted once while the vault is open: the index, the shortcut and the dialog. */
export function SearchEverything({ navigate }: { navigate: (to: string) => unknown }) {
  const search = useSearchIndex();
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  useSearchShortcut(show);
  if (!open) return null;
  return (
    <SearchDialog
      search={search}
      onClose={close}
      onOpen={(path) => {
        setOpen(false);
        void navigate(path);
      }}
    />
  );
}
