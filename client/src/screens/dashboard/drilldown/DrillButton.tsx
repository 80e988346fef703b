import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenDrillDown, type DrillRequest } from './drillDownContext';

interface DrillButtonProps {
  request: DrillRequest;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** Raw value for tests and scripts; the text is formatted for people. */
  rawValue?: number;
}

/** A number that opens the list of carriers behind it. */
export function DrillButton({ request, children, className, testId, rawValue }: DrillButtonProps) {
  const { t } = useTranslation('dashboard');
  const open = useOpenDrillDown();
  return (
    <button
      type="button"
      className={['drill-number', className].filter(Boolean).join(' ')}
      title={t('drill.open')}
      data-testid={testId}
      data-value={rawValue}
      onClick={() => open(request)}
    >
      {children}
    </button>
  );
}
