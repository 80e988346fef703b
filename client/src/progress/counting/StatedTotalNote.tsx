import { useTranslation } from 'react-i18next';
import type { BaselineCheck } from '@shared/baselines/check';
import { CARRIER_KINDS } from '@shared/carriers/vocabulary';
import { formatArea } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * What a published total most likely counted, when it disagrees with its own breakdown
 * (issue #18): Taicang's 36 carriers are makerspaces + incubators (21 + 15), while its
 * 91.8 万㎡ includes the accelerators.
 */
export function StatedTotalNote({ check, count }: { check: BaselineCheck; count: (value: number) => string }) {
  const { t } = useTranslation(['counting', 'common']);
  const language = useLanguage();
  const kinds = check.statedTotalKinds.carriers;
  if (!kinds || kinds.length === 0) return null;
  const name = (kind: (typeof CARRIER_KINDS)[number]) => t(`common:kind.${kind}`);
  const parts = kinds.map((kind) => `${name(kind)} ${count(check.baseline.byKind[kind].carriers)}`).join(' + ');
  const others = CARRIER_KINDS.filter((kind) => !kinds.includes(kind)).map(name).join(t('counting:baseline.and'));
  return (
    <li className="differs" data-testid="baseline-stated-kinds">
      {t('counting:baseline.statedKinds', { total: count(check.baseline.carriers), parts, others })}
      {check.publishedConsistent.incubationAreaM2 && t('counting:baseline.areaAllKinds', { area: formatArea(check.baseline.incubationAreaM2, language) })}
    </li>
  );
}
