import { diffRecords, type FieldChange } from '@shared/carriers/diff';
import { carrierFieldAt, carrierFields, phaseFields, recognitionFields } from '@shared/carriers/fields';
import type { Tier } from '@shared/carriers/vocabulary';
import type { ChangeView } from '@shared/api/changes';

/** Which list item a changed field belongs to, named the way the reviewer knows it. */
export type DiffGroup = { kind: 'phase'; id: string; label: string | null } | { kind: 'recognition'; id: string; tier: Tier | null };

/** One line of the review diff: a single field, before and after. */
export interface DiffRow {
  path: string;
  group?: DiffGroup;
  /** The field inside its group (`incubationAreaM2`) or at the top (`name`, `contact.person`). */
  field: string;
  before: unknown;
  after: unknown;
  /** Whether the field's list item (or the field) was added or removed as a whole. */
  presence: 'added' | 'removed' | 'changed';
}

/** Internal bookkeeping the reviewer does not need to see: the tables' hidden fields, and the seed marker. */
const isHidden = (row: DiffRow) => row.field === 'provenance.synthetic' || carrierFieldAt(row.path)?.diff === 'hidden';

/** Lines follow the form: the carrier table's order, then each item's fields in its table's order. */
const TOP_ORDER = Object.keys(carrierFields);
const ITEM_FIELD_ORDER = [...new Set([...Object.keys(phaseFields), ...Object.keys(recognitionFields)])];

/** Lists whose items carry ids: they are compared, and named, item by item. */
const ITEM_LISTS = new Set(['phases', 'recognitions']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isItemList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');
}

const byId = (items: Record<string, unknown>[] | undefined) => new Map((items ?? []).map((item) => [item.id as string, item]));

/**
 * Breaks whole-list and whole-object changes (a create's `phases: [...]`, an added phase
 * `phases[ph-1]: {...}`) into one change per field, so every line reads "field: a → b".
 */
function expand(change: FieldChange, presence: DiffRow['presence']): { change: FieldChange; presence: DiffRow['presence'] }[] {
  const { path, before, after } = change;
  const top = path.split(/[.[]/)[0]!;
  if (ITEM_LISTS.has(path) && (before === undefined || isItemList(before)) && (after === undefined || isItemList(after))) {
    const beforeItems = byId(before as Record<string, unknown>[] | undefined);
    const afterItems = byId(after as Record<string, unknown>[] | undefined);
    const ids = new Set([...beforeItems.keys(), ...afterItems.keys()]);
    return [...ids].flatMap((id) => {
      const itemPresence = !beforeItems.has(id) ? 'added' : !afterItems.has(id) ? 'removed' : presence;
      return expandObject(`${path}[${id}]`, beforeItems.get(id), afterItems.get(id), presence === 'changed' ? itemPresence : presence);
    });
  }
  if (top !== 'location' && (isObject(before) || isObject(after)) && (before === undefined || isObject(before)) && (after === undefined || isObject(after))) {
    const objectPresence = presence === 'changed' ? (before === undefined ? 'added' : after === undefined ? 'removed' : 'changed') : presence;
    return expandObject(path, before, after, objectPresence);
  }
  return [{ change, presence }];
}

function expandObject(path: string, before: unknown, after: unknown, presence: DiffRow['presence']) {
  return diffRecords(before ?? {}, after ?? {}, path).flatMap((change) => expand(change, presence));
}

const ITEM_PATH = /^(phases|recognitions)\[([^\]]+)\]\.(.+)$/;

/** Every phase label and recognition tier found in the proposal or the diff, by item id. */
function itemNames(change: Pick<ChangeView, 'diff' | 'proposed'>): Map<string, Record<string, unknown>> {
  const names = new Map<string, Record<string, unknown>>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value) && typeof value.id === 'string') names.set(value.id, { ...names.get(value.id), ...value });
  };
  for (const entry of change.diff) {
    visit(entry.before);
    visit(entry.after);
  }
  // The proposal is the state after approval: its names win.
  visit(change.proposed?.phases);
  visit(change.proposed?.recognitions);
  return names;
}

function groupOf(list: string, id: string, names: Map<string, Record<string, unknown>>): DiffGroup {
  const item = names.get(id);
  if (list === 'phases') return { kind: 'phase', id, label: typeof item?.label === 'string' ? item.label : null };
  return { kind: 'recognition', id, tier: typeof item?.tier === 'string' ? (item.tier as Tier) : null };
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

function orderOf(row: DiffRow, groupOrder: Map<string, number>): [number, number, number] {
  const top = row.path.split(/[.[]/)[0]!;
  const topIndex = TOP_ORDER.indexOf(top);
  const groupIndex = row.group ? (groupOrder.get(row.group.id) ?? 999) : 0;
  const fieldIndex = ITEM_FIELD_ORDER.indexOf(row.field);
  return [topIndex === -1 ? TOP_ORDER.length : topIndex, groupIndex, fieldIndex === -1 ? ITEM_FIELD_ORDER.length : fieldIndex];
}

/**
 * The diff of a reported change as lines a reviewer can read: one per field, list items
 * named by their label ("一期") or tier, in form order. A new carrier lists only the
 * fields that were filled in.
 */
export function describeChange(change: Pick<ChangeView, 'action' | 'diff' | 'proposed'>): DiffRow[] {
  const names = itemNames(change);
  const groupOrder = new Map<string, number>();
  [...(change.proposed?.phases ?? []), ...(change.proposed?.recognitions ?? [])].forEach((item, index) => groupOrder.set(item.id, index));

  const rows = change.diff
    .flatMap((entry) => expand(entry, 'changed'))
    .map(({ change: entry, presence }): DiffRow => {
      const item = ITEM_PATH.exec(entry.path);
      if (item) return { path: entry.path, group: groupOf(item[1]!, item[2]!, names), field: item[3]!, before: entry.before, after: entry.after, presence };
      return { path: entry.path, field: entry.path, before: entry.before, after: entry.after, presence };
    })
    // In a new carrier everything is added, in a deletion everything removed: no need to say so per line.
    .map((row) => (change.action === 'update' ? row : { ...row, presence: 'changed' as const }))
    .filter((row) => !isHidden(row))
    .filter((row) => change.action !== 'create' || !isEmptyValue(row.after));

  return rows
    .map((row, index) => ({ row, index, order: orderOf(row, groupOrder) }))
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2] || a.index - b.index)
    .map(({ row }) => row);
}
