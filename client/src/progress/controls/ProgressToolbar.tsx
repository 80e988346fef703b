import type { ReactNode } from 'react';
import { AsOfField } from './AsOfField';
import { BasisToggle } from './BasisToggle';
import { RegionSelect } from './RegionSelect';
import type { ProgressParams } from './useProgressParams';
import type { RegionSummary } from './useRegions';
import './controls.css';

interface ProgressToolbarProps {
  params: ProgressParams;
  regions: readonly RegionSummary[];
  onChange(change: Partial<ProgressParams>): void;
  /** Extra actions at the end (print, save). */
  children?: ReactNode;
}

/** Region, as-of date and basis: the three choices behind every figure on the progress screens. */
export function ProgressToolbar({ params, regions, onChange, children }: ProgressToolbarProps) {
  return (
    <div className="toolbar no-print">
      <RegionSelect regions={regions} value={params.region} onChange={(region) => onChange({ region })} />
      <AsOfField value={params.asOf} onChange={(asOf) => onChange({ asOf })} />
      <BasisToggle value={params.basis} onChange={(basis) => onChange({ basis })} />
      {children}
    </div>
  );
}
