import { TabList as AriaTabList, type TabListProps } from 'react-aria-components';

/**
 * The one tab style: react-aria's Tabs (arrow keys move between tabs, the
 * panel follows), dressed by components.css. Import these, not the library's.
 */
export { Tab, TabPanel, Tabs } from 'react-aria-components';

/** react-aria's TabList; a class of the caller's own is added to the kit's, never put in its place. */
export function TabList<T extends object>({ className, ...props }: TabListProps<T> & { className?: string }) {
  return <AriaTabList {...props} className={className ? `react-aria-TabList ${className}` : 'react-aria-TabList'} />;
}
