import type { CarrierDerived } from '@shared/carriers/record';
import type { Phase } from '@shared/carriers/schema';
import type { CarrierKind } from '@shared/carriers/vocabulary';

/** One problem in an import file, by its row number as a spreadsheet shows it. */
export interface ImportRowError {
  /** The spreadsheet row (1-based, the header row included). */
  row: number;
  /** The column as the file names it (载体名称, incubationAreaM2 …). */
  field: string;
  /** Where in the carrier the value goes, like the API's field paths. */
  path: string;
  code: string;
  message: string;
}

/** What `POST /api/carriers/import?dryRun=true` answers. */
export interface ImportDryRun {
  rows: number;
  valid: number;
  errors: ImportRowError[];
  /** Problems that do not stop the import (a totals row skipped …). */
  warnings?: ImportRowError[];
  /** Headers the import does not read, as written (序号, 备注 …). */
  ignoredColumns?: string[];
  preview: unknown[];
}

/** What the commit answers: verified carriers (planner, admin) or pending creates (manager). */
export interface ImportCommit {
  rows?: number;
  mode?: 'verified' | 'reported';
  imported?: number;
}

/** The parts of a previewed carrier the preview table shows; every field may be absent. */
export interface PreviewCarrier {
  row?: number;
  name?: string;
  kind?: CarrierKind;
  region?: string;
  district?: string;
  phases?: Pick<Phase, 'incubationAreaM2' | 'status'>[];
  openIncubationAreaM2?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toPreviewPhase(phase: Record<string, unknown>): NonNullable<PreviewCarrier['phases']>[number] {
  return {
    incubationAreaM2: typeof phase.incubationAreaM2 === 'number' ? phase.incubationAreaM2 : undefined,
    status: phase.status as Phase['status'],
  };
}

/** Reads a preview item, `{row, carrier, derived}`, defensively: the file is the user's. */
export function toPreviewCarrier(item: unknown): PreviewCarrier {
  if (!isObject(item)) return {};
  const carrier = isObject(item.carrier) ? item.carrier : item;
  const derived = isObject(item.derived) ? (item.derived as Partial<CarrierDerived>) : undefined;
  return {
    row: typeof item.row === 'number' ? item.row : undefined,
    name: typeof carrier.name === 'string' ? carrier.name : undefined,
    kind: typeof carrier.kind === 'string' ? (carrier.kind as CarrierKind) : undefined,
    region: typeof carrier.region === 'string' ? carrier.region : undefined,
    district: typeof carrier.district === 'string' ? carrier.district : undefined,
    phases: Array.isArray(carrier.phases) ? carrier.phases.filter(isObject).map(toPreviewPhase) : undefined,
    openIncubationAreaM2: typeof derived?.openIncubationAreaM2 === 'number' ? derived.openIncubationAreaM2 : undefined,
  };
}
