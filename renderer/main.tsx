import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/styles.css';
import { StartupError } from './app/StartupError.tsx';
import { startupErrorMessage } from './app/startup.ts';
import { getRepository } from './db/repository.ts';

// Ask the browser not to evict the workshop library under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = createRoot(root);
// The library is opened (and upgraded) before anything reads it: a failure is said in words,
// never a blank window.
getRepository()
  .open()
  .then(
    () =>
      app.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    (error: unknown) => app.render(<StartupError message={startupErrorMessage(error)} />),
  );
