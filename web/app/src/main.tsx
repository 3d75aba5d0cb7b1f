/** The workers' app: Finnish first, Suomi.fi components, one root. */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './lib/i18n';
import './styles.css';
import './phone.css';
import { App } from './app/App';

/** The client's own part (/oma) loads only for clients. */
const ClientApp = lazy(() => import('./features/client-part/ClientApp'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {window.location.pathname.startsWith('/oma') ? (
      <Suspense fallback={null}>
        <ClientApp />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
