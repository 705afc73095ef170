/**
 * The one tab style: react-aria's Tabs (arrow keys move between tabs, the
 * panel follows), dressed by components.css. Import these, not the library's.
 */
export { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
