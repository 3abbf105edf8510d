import { render } from 'preact';
import { createApi } from './lib/api.ts';
import { browserPage } from './lib/page.ts';
import { createAgentTransport } from './lib/transport.ts';
import { createAppModel } from './models/app.ts';
import { AppRoot } from './views/AppRoot.tsx';
import './styles.css';

// The only module with side effects: it builds the app from its parts and mounts it.
const app = createAppModel({
  makeApi: (onUnauthenticated) => createApi({ onUnauthenticated }),
  makeTransport: () => createAgentTransport(),
  page: browserPage(window),
  win: window,
});
app.start();
render(<AppRoot app={app} />, document.getElementById('app') as HTMLElement);
