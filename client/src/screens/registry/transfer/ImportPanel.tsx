import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, buildUrl } from '../../../api/client';
import { useSession } from '../../../app/session';
import { Notice } from '../../../ui/forms/Notice';
import { ProgressBar } from '../../../ui/forms/ProgressBar';
import { useLanguage } from '../../../i18n/useLanguage';
import { ImportReport } from './ImportReport';
import type { ImportCommit, ImportDryRun } from './importTypes';
import { importContentType, uploadWithProgress } from './uploadWithProgress';

type ImportState =
  | { step: 'idle' }
  | { step: 'sending'; purpose: 'check' | 'commit'; fraction: number | null; checked?: ImportDryRun }
  | { step: 'checked'; result: ImportDryRun }
  | { step: 'committed'; result: ImportCommit }
  | { step: 'failed'; error: unknown; checked?: ImportDryRun };

export interface ImportPanelProps {
  /** Called after a commit so the list shows the new carriers. */
  onImported(): void;
}

/**
 * File → dry run (every row's errors, a preview) → commit. The commit stays disabled while
 * the file has errors; the server's commit is all-or-nothing anyway.
 */
export function ImportPanel({ onImported }: ImportPanelProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const { session } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  async function send<T>(chosen: File, purpose: 'check' | 'commit', checked?: ImportDryRun): Promise<T | null> {
    const contentType = importContentType(chosen);
    if (!contentType) {
      setState({ step: 'failed', error: new Error(t('transfer.unsupportedFile')) });
      return null;
    }
    setState({ step: 'sending', purpose, fraction: 0, checked });
    try {
      return await uploadWithProgress<T>(buildUrl('/api/carriers/import', { dryRun: purpose === 'check' }), chosen, contentType, {
        csrfToken: session.csrfToken,
        language,
        onProgress: (fraction) => setState({ step: 'sending', purpose, fraction, checked }),
      });
    } catch (error) {
      setState({ step: 'failed', error, checked });
      return null;
    }
  }

  async function check(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    if (!chosen) {
      setState({ step: 'idle' });
      return;
    }
    const result = await send<ImportDryRun>(chosen, 'check');
    if (result) setState({ step: 'checked', result });
  }

  async function commit(checked: ImportDryRun) {
    if (!file) return;
    const result = await send<ImportCommit>(file, 'commit', checked);
    if (!result) return;
    setState({ step: 'committed', result });
    onImported();
  }

  function chooseAnother() {
    setFile(null);
    setState({ step: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  }

  const checked = state.step === 'checked' ? state.result : state.step === 'sending' || state.step === 'failed' ? state.checked : undefined;
  const commitBlocked = !checked || checked.errors.length > 0 || checked.valid === 0;

  return (
    <div className="transfer-block">
      <h3>{t('transfer.importLegend')}</h3>
      <p className="field-hint">{t('transfer.importHint')}</p>
      <div className="button-row">
        {/* The browser's own file button speaks the browser's language, not the UI's: it is hidden behind our label. */}
        <label className={state.step === 'sending' ? 'file-picker file-picker-disabled' : 'file-picker'}>
          <input
            ref={inputRef}
            className="visually-hidden"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={state.step === 'sending'}
            onChange={(event) => void check(event)}
          />
          {t('transfer.fileLabel')}
        </label>
        {file && (
          <span className="file-name" data-user-content>
            {file.name}
          </span>
        )}
        <a className="button" href={buildUrl('/api/carriers/import/template', { format: 'csv' })} download>
          {t('transfer.templateCsv')}
        </a>
        <a className="button" href={buildUrl('/api/carriers/import/template', { format: 'xlsx' })} download>
          {t('transfer.templateXlsx')}
        </a>
      </div>

      {state.step === 'sending' && (
        <ProgressBar
          label={state.fraction === null ? t(state.purpose === 'check' ? 'transfer.processing' : 'transfer.committing') : t('transfer.uploading')}
          fraction={state.fraction}
        />
      )}
      {state.step === 'failed' && <ImportFailure error={state.error} />}
      {checked && state.step !== 'sending' && <ImportReport result={checked} />}
      {state.step === 'committed' && <CommitOutcome result={state.result} />}

      {(checked || state.step === 'committed') && (
        <div className="button-row">
          {checked && state.step !== 'committed' && (
            <button type="button" className="primary" disabled={commitBlocked || state.step === 'sending'} aria-describedby={commitBlocked ? 'import-blocked' : undefined} onClick={() => void commit(checked)}>
              {t('transfer.commit', { valid: checked.valid })}
            </button>
          )}
          <button type="button" onClick={chooseAnother}>
            {t('transfer.chooseAnother')}
          </button>
          {checked && commitBlocked && state.step !== 'committed' && (
            <span id="import-blocked" className="field-hint">
              {t('transfer.commitBlocked')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function ImportFailure({ error }: { error: unknown }) {
  const { t } = useTranslation('registry');
  const message = error instanceof ApiError && error.id === 'network' ? t('common:states.unavailable') : error instanceof Error ? error.message : String(error);
  return (
    <Notice tone="error">
      {t('transfer.failed')} {message}
    </Notice>
  );
}

function CommitOutcome({ result }: { result: ImportCommit }) {
  const { t } = useTranslation('registry');
  const count = result.imported ?? result.rows;
  return (
    <Notice tone="success">
      {count === undefined
        ? t('transfer.committedGeneric')
        : result.mode === 'reported'
          ? t('transfer.committedPending', { count })
          : t('transfer.committedVerified', { count })}
    </Notice>
  );
}
