import type { DataRequestView, VisitorDataExport } from '@pst/protocol';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { formatDueDate } from '../lib/office-time.ts';
import type { Consultation, SubmitProblem } from '../models/consultation.ts';

type Kind = 'export' | 'correct' | 'erase';
const KINDS: Kind[] = ['export', 'correct', 'erase'];

interface Props {
  t: Translate;
  /** WIB, WITA or WIT: the due date is in the office's time. */
  zoneName: string;
  consultation: Pick<Consultation, 'requestData' | 'confirmData'>;
}

/**
 * The inside of "Data saya" (a chunk of its own, fetched when the visitor opens it): the visitor sees and downloads, or asks to correct or erase, what the office keeps about them
 * (UU PDP). A code sent to the guest book's e-mail proves the address is theirs.
 */
export function MyData({ t, zoneName, consultation }: Props) {
  const [kind, setKind] = useState<Kind>('export');
  const [details, setDetails] = useState('');
  const [requestId, setRequestId] = useState<string>();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<SubmitProblem | 'wrongCode'>();
  const [done, setDone] = useState<{ request: DataRequestView; data?: VisitorDataExport | undefined }>();

  async function ask(event: Event) {
    event.preventDefault();
    const result = await consultation.requestData(kind, kind === 'correct' ? details : undefined);
    setProblem(result.ok ? undefined : result.problem);
    if (result.ok) setRequestId(result.data.requestId);
  }
  async function confirm(event: Event) {
    event.preventDefault();
    if (!requestId) return;
    const result = await consultation.confirmData(requestId, code.trim());
    if (result.ok) setDone(result.data);
    else setProblem(result.code === 'BAD_REQUEST' ? 'wrongCode' : result.problem);
  }

  return (
    <>
      {done ? (
        <div role="status" data-testid="my-data-done">
          {done.data ? (
            <>
              <p>{t('myData.ready', { n: done.data.conversations.length })}</p>
              <a
                download="data-saya.json"
                href={URL.createObjectURL(new Blob([JSON.stringify(done.data, null, 2)], { type: 'application/json' }))}
                data-testid="my-data-download"
              >
                {t('myData.download')}
              </a>
            </>
          ) : (
            <p>{t('myData.queued', { due: formatDueDate(t, new Date(done.request.dueAt ?? 0), zoneName) })}</p>
          )}
        </div>
      ) : requestId ? (
        <form onSubmit={confirm}>
          <label for="my-data-code">{t('myData.code')}</label>
          <input
            id="my-data-code"
            inputMode="numeric"
            autocomplete="one-time-code"
            maxLength={6}
            value={code}
            data-testid="my-data-code"
            onInput={(event) => setCode(event.currentTarget.value)}
          />
          <button type="submit" class="primary" data-testid="my-data-confirm">
            {t('myData.confirm')}
          </button>
        </form>
      ) : (
        <form onSubmit={ask}>
          <fieldset>
            <legend>{t('myData.what')}</legend>
            {KINDS.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="my-data-kind"
                  checked={kind === option}
                  data-testid={`my-data-${option}`}
                  onChange={() => setKind(option)}
                />
                {t(`myData.${option}`)}
              </label>
            ))}
          </fieldset>
          {kind === 'correct' && (
            <textarea
              aria-label={t('myData.details')}
              rows={2}
              maxLength={1000}
              value={details}
              onInput={(event) => setDetails(event.currentTarget.value)}
            />
          )}
          <button type="submit" class="secondary" data-testid="my-data-ask">
            {t('myData.sendCode')}
          </button>
        </form>
      )}
      {problem && (
        <p class="form-problem" role="alert">
          {t(problem === 'wrongCode' ? 'myData.wrongCode' : `error.${problem}`)}
        </p>
      )}
    </>
  );
}
