import { isPlainObject } from './typed';

/**
 * One copy of each short string value across stored documents. Carrier-like data
 * repeats the same city, level and tag names thousands of times; each decoded document
 * would otherwise hold its own copies.
 */
const MAX_LENGTH = 40;
const MAX_ENTRIES = 100_000;
const table = new Map<string, string>();

function intern(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size < MAX_ENTRIES) table.set(s, s);
  return s;
}

/** Rewrites short string values in place (the document is fresh, not yet shared). */
export function internStrings(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'string') value[i] = intern(v);
      else if (v !== null && typeof v === 'object') internStrings(v);
    }
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'string') value[key] = intern(v);
    else if (v !== null && typeof v === 'object') internStrings(v);
  }
}
