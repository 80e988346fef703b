import { useTranslation } from 'react-i18next';
import { useLanguage } from '../registry/useLanguage';
import type { ChangeView } from './changeTypes';
import { describeChange, type DiffGroup, type DiffRow } from './describeChange';
import { formatDiffValue, isAreaField, USER_TEXT_FIELDS, type ValueContext } from './formatDiffValue';

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
  const label = fieldLabel(row, t);
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

function fieldLabel(row: DiffRow, t: (key: string) => string): string {
  if (row.group?.kind === 'phase') return t(`phaseFields.${row.field}`);
  if (row.group?.kind === 'recognition') return t(`recognitionFields.${row.field}`);
  const [top, sub] = row.field.split('.');
  if (top === 'contact' && sub) return `${t('fields.contact')} · ${t(`contactFields.${sub}`)}`;
  if (top === 'provenance') return t('fields.provenance');
  return t(`fields.${top}`);
}

/** "10,000 → 11,500 ㎡" for an edit; only the new value for a new carrier. */
function DiffValues({ row, action, context }: { row: DiffRow; action: ChangeView['action']; context: ValueContext }) {
  const isUserText = USER_TEXT_FIELDS.has(row.field);
  const unit = isAreaField(row.field) ? ` ${context.t('common:units.m2')}` : '';
  const show = (value: unknown) =>
    isUserText && value !== undefined && value !== null && value !== '' ? (
      <span data-user-content>{formatDiffValue(row.field, value, context)}</span>
    ) : (
      formatDiffValue(row.field, value, context)
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
