import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** One column of a row: a text, time or date input, or a choice. */
export interface Column<Row> {
  key: keyof Row & string;
  label: MessageKey;
  type: 'text' | 'time' | 'date' | 'select';
  /** For `select`: each value and the catalogue key that words it. */
  options?: readonly { value: string; label: MessageKey }[];
  /** The value is a number (weekdays). */
  numeric?: boolean;
}

interface Props<Row> {
  id: string;
  title: MessageKey;
  hint?: MessageKey;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  blank: Row;
  onSave(rows: Row[]): Promise<boolean>;
}

/**
 * A list setting edited as a table (service hours, closures, complaint
 * channels): rows are added and removed here, then saved as one list. The
 * server checks each row; what it refuses is shown by the screen.
 */
export function RowsEditor<Row extends Record<string, string | number>>(props: Props<Row>) {
  const { id, title, hint, rows, columns, blank, onSave } = props;
  const t = useT();
  const [draft, setDraft] = useState<Row[]>([...rows]);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft([...rows]), [rows]);

  const edit = (next: Row[]) => {
    setDraft(next);
    setSaved(false);
  };
  const change = (index: number, column: Column<Row>, raw: string) =>
    edit(draft.map((row, at) => (at === index ? { ...row, [column.key]: column.numeric ? Number(raw) : raw } : row)));

  return (
    <section class="card" aria-labelledby={`${id}-title`} data-testid={`settings-${id}`}>
      <h2 id={`${id}-title`}>{t(title)}</h2>
      {hint && <p class="muted">{t(hint)}</p>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(await onSave(draft));
        }}
      >
        <ul class="rows">
          {draft.map((row, index) => (
            <li key={index} data-testid="settings-row">
              {columns.map((column) =>
                column.type === 'select' ? (
                  <label key={column.key}>
                    {t(column.label)}
                    <select
                      value={String(row[column.key])}
                      onChange={(event) => change(index, column, event.currentTarget.value)}
                    >
                      {column.options?.map((option) => (
                        <option key={option.value} value={option.value}>
                          {t(option.label)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <label key={column.key}>
                    {t(column.label)}
                    <input
                      type={column.type}
                      required
                      value={String(row[column.key])}
                      onInput={(event) => change(index, column, event.currentTarget.value)}
                    />
                  </label>
                ),
              )}
              <button
                type="button"
                class="link"
                data-testid="row-remove"
                onClick={() => edit(draft.filter((_, at) => at !== index))}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" class="link" data-testid="row-add" onClick={() => edit([...draft, { ...blank }])}>
            {t('settings.addRow')}
          </button>
          <button type="submit" data-testid="settings-save">
            {t('common.save')}
          </button>
          {saved && <span role="status">{t('settings.saved')}</span>}
        </div>
      </form>
    </section>
  );
}
