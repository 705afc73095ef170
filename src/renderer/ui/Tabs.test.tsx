// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { Tab, TabList, TabPanel, Tabs } from './Tabs';

afterEach(cleanup);

function TwoTabs({ className }: { className?: string }) {
  return (
    <Tabs>
      <TabList aria-label="Views" className={className}>
        <Tab id="a">First</Tab>
        <Tab id="b">Second</Tab>
      </TabList>
      <TabPanel id="a">One</TabPanel>
      <TabPanel id="b">Two</TabPanel>
    </Tabs>
  );
}

// components.css dresses every tab list by the kit's class; a feature's own class must not take its place.
it("keeps the kit's class when a caller adds its own", () => {
  render(<TwoTabs className="th-tablist" />);
  const list = screen.getByRole('tablist', { name: 'Views' });
  expect([...list.classList].sort()).toEqual(['react-aria-TabList', 'th-tablist']);
});

it("has the kit's class alone when the caller adds none", () => {
  render(<TwoTabs />);
  expect([...screen.getByRole('tablist', { name: 'Views' }).classList]).toEqual(['react-aria-TabList']);
});
