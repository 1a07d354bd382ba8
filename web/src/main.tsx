import '@mantine/core/styles.css';
import './app/global.css';
import './i18n';
import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { App } from './app/App';
import { createUrqlClient } from './app/urql';

const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white button text above WCAG AA contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
});

/**
 * Mantine's default dimmed grey and error red are below WCAG AA contrast on white; use
 * darker ones. Red and green text (remove buttons, "answered") gets a shade per scheme that
 * keeps AA contrast: Mantine's darkest green is still too light on white.
 */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--linje-danger-text': 'var(--mantine-color-red-9)',
    '--linje-success-text': '#1f6b31',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--linje-danger-text': 'var(--mantine-color-red-4)',
    '--linje-success-text': 'var(--mantine-color-green-4)',
  },
});

function Root() {
  const client = useMemo(() => createUrqlClient(), []);
  return (
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <UrqlProvider value={client}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </UrqlProvider>
      </MantineProvider>
    </StrictMode>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Root />);
