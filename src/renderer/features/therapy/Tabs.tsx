import type { Key, ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs as KitTabs } from '../../ui/Tabs';
import styles from './therapy.module.css';

export interface TabDef {
  id: string;
  label: string;
}

interface Props {
  label: string;
  tabs: readonly TabDef[];
  selected: string;
  onSelect: (id: string) => void;
  children: ReactNode;
}

/**
 * The kit's tabs (react-aria) with automatic activation: arrow keys, Home and
 * End move between tabs and select; Tab moves into the panel. The selected tab
 * is the caller's (it lives in the address), so only its panel is drawn.
 */
export function Tabs({ label, tabs, selected, onSelect, children }: Props) {
  return (
    <KitTabs className="th-tabs" selectedKey={selected} onSelectionChange={(key: Key) => onSelect(String(key))}>
      <TabList aria-label={label} className={styles.tablist} items={tabs}>
        {(t) => <Tab id={t.id}>{t.label}</Tab>}
      </TabList>
      {/* Keyed: react-aria keeps a panel's first id, so a panel reused for another tab would point at the wrong one. */}
      <TabPanel key={selected} id={selected} className={styles.tabpanel}>
        {children}
      </TabPanel>
    </KitTabs>
  );
}
