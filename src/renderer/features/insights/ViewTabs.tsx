import type { Key, ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from '../../ui/Tabs';
import styles from './insights.module.css';
import { cx } from '../../ui/class-names';

export interface ViewDef {
  id: string;
  label: string;
}

interface Props {
  views: readonly ViewDef[];
  /** The view named in the address (?view=…): the tabs show it, they do not keep their own. */
  selected: string;
  onSelect: (id: string) => void;
  /** Shown between the tabs and the view (the period picker), outside the panel. */
  controls?: ReactNode;
  /** The selected view. */
  children: ReactNode;
}

/**
 * The kit's tabs (react-aria) with automatic activation: arrow keys, Home and
 * End move between views and show them; Tab leaves the list for the controls.
 */
export function ViewTabs({ views, selected, onSelect, controls, children }: Props) {
  return (
    <Tabs selectedKey={selected} onSelectionChange={(key: Key) => onSelect(String(key))}>
      <TabList aria-label="Insight views" className={cx('react-aria-TabList', styles.tabs)} items={views}>
        {(v) => <Tab id={v.id}>{v.label}</Tab>}
      </TabList>
      {controls}
      {/* Keyed: react-aria keeps a panel's first id, so a panel reused for another view would point at the wrong tab. */}
      <TabPanel key={selected} id={selected} className="insights-tabpanel">
        {children}
      </TabPanel>
    </Tabs>
  );
}
