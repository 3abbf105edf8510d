import { render } from 'preact';
import { WindowHeader } from './components/WindowHeader.tsx';
import { type Language, translator } from './i18n/index.ts';
import './styles.css';

const params = new URLSearchParams(location.search);
const lang: Language = params.get('lang') === 'en' ? 'en' : 'id';
document.documentElement.lang = lang;

function App() {
  const t = translator(lang);
  return (
    <div class="window" data-testid="chat-window">
      <WindowHeader t={t} officeName={params.get('office') ?? ''} onClose={() => {}} />
    </div>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
