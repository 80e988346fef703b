import { useTranslation } from 'react-i18next';
import type { VerificationState } from '@shared/carriers/record';

/** Whether a carrier's figures count toward targets yet (已核实) or wait for review (待审核). */
export function VerificationBadge({ state }: { state: VerificationState }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${state}`}>{t(`common:verification.${state}`)}</span>;
}
