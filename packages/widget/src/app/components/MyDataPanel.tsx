import { useState } from 'preact/hooks';
import type { MyData } from './MyData.tsx';

type Props = Parameters<typeof MyData>[0];

/** "Data saya", closed: its inside is fetched only when a visitor opens it, so the chat UI stays light. */
export function MyDataPanel(props: Props) {
  const [Body, setBody] = useState<typeof MyData>();
  return (
    <details
      class="my-data"
      data-testid="my-data"
      onToggle={(event) => {
        if (event.currentTarget.open && !Body)
          void import('./MyData.tsx').then((loaded) => setBody(() => loaded.MyData));
      }}
    >
      <summary>{props.t('myData.title')}</summary>
      {Body && <Body {...props} />}
    </details>
  );
}
