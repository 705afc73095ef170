import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyRememberedTheme } from './ui/theme-choice';
// The font comes from the app bundle (font-src 'self'); nothing is fetched from the network.
import '@fontsource-variable/inter';
import './ui/tokens.css';
import './ui/theme.css';
import './ui/forms.css';
import './ui/components.css';
import './ui/print-sheet.css';

// Before the first paint, so the unlock screen already has the colours the person chose.
applyRememberedTheme();

const root = document.getElementById('root');
if (!root) throw new Error('Cairn: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
