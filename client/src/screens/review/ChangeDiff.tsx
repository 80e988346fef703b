import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import type { ChangeView } from '@shared/api/changes';
import { describeChange, type DiffGroup, type DiffRow } from './describeChange';
import { carrierFieldAt, carrierFields } from '@shared/carriers/fields';
import { formatDiffValue, isAreaField, isUserText, type ValueContext } from './formatDiffValue';

/** The field-level diff of a change, one readable line per field. */
export function ChangeDiff({ change }: { change: ChangeView }) {
  const { t } = useTranslation('review');
  const language = useLanguage();
  const rows = describeChange(change);
  const context: ValueContext = { t, language, region: change.proposed?.region ?? change.region };
  if (rows.length === 0) return <p className="muted">{t('noFieldChanges')}</p>;
  return (
    <table className="diff-table">
      <caption className="visually-hidden">{t('diffCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} className={`diff-${row.presence}`}>
            <th scope="row">
              <FieldName row={row} />
            </th>
            <td>
              <DiffValues row={row} action={change.action} context={context} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupName({ group }: { group: DiffGroup }) {
  const { t } = useTranslation('review');
  if (group.kind === 'phase') return group.label ? <span data-user-content>{group.label}</span> : <>{t('phaseFallback')}</>;
  return <>{t('recognitionOf', { tier: group.tier ? t(`common:tier.${group.tier}`) : '' })}</>;
}

/** "一期 · 孵化面积", "载体名称", "联系方式 · 电话". */
function FieldName({ row }: { row: DiffRow }) {
  const { t } = useTranslation('registry');
  const label = fieldLabel(row, useLanguage());
  return (
    <>
      {row.group && (
        <>
          <GroupName group={row.group} />
          {' · '}
        </>
      )}
      {label}
      {row.group && row.presence !== 'changed' && <span className="diff-presence"> ({t(`review:${row.presence}`)})</span>}
    </>
  );
}

/** The field's name from its table; a contact's fields are named with the contact. */
function fieldLabel(row: DiffRow, language: 'zh' | 'en'): string {
  const name = carrierFieldAt(row.path)?.label[language] ?? row.field;
  return row.field.startsWith('contact.') ? `${carrierFields.contact.label[language]} · ${name}` : name;
}

/** "10,000 → 11,500 ㎡" for an edit; only the new value for a new carrier. */
function DiffValues({ row, action, context }: { row: DiffRow; action: ChangeView['action']; context: ValueContext }) {
  const userText = isUserText(row.path);
  const unit = isAreaField(row.path) ? ` ${context.t('common:units.m2')}` : '';
  const show = (value: unknown) =>
    userText && value !== undefined && value !== null && value !== '' ? (
      <span data-user-content>{formatDiffValue(row.path, value, context)}</span>
    ) : (
      formatDiffValue(row.path, value, context)
    );
  if (action === 'create' || row.presence === 'added') {
    return (
      <span className="diff-after">
        {show(row.after)}
        {unit}
      </span>
    );
  }
  if (action === 'delete' || row.presence === 'removed') {
    return (
      <span className="diff-before">
        {show(row.before)}
        {unit}
      </span>
    );
  }
  return (
    <>
      <span className="diff-before">{show(row.before)}</span>
      <span className="diff-arrow">{' → '}</span>
      <span className="diff-after">{show(row.after)}</span>
      {unit}
    </>
  );
}
