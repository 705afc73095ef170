import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import styles from './journal.module.css';

/**
 * Links are shown with their address but lead nowhere: the app never
 * navigates out, and a link in an entry should not be a way to try.
 */
const components: Components = {
  a: ({ children, href }) => (
    <span className={styles.mdLink} title={href}>
      {children}
      {href && String(children) !== href && <span className={styles.mdHref}> ({href})</span>}
    </span>
  ),
  // An entry sits under the page's h1–h4; its own headings stay below them.
  h1: ({ children }) => <h5>{children}</h5>,
  h2: ({ children }) => <h5>{children}</h5>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  // Images would make the page fetch their address; show the description instead.
  img: ({ alt, src }) => <span className={styles.mdImage}>[image: {alt || src || 'no description'}]</span>,
};

/**
 * An entry body as Markdown. No rehype-raw: HTML typed in an entry stays text
 * (react-markdown turns raw HTML nodes into text), so nothing in it runs.
 */
// Memoised on the text: parsing Markdown is the costliest part of drawing a card.
export const SafeMarkdown = memo(function SafeMarkdown({ children }: { children: string }) {
  return (
    <div className={styles.mdBody}>
      <Markdown components={components} skipHtml={false}>
        {children}
      </Markdown>
    </div>
  );
});
