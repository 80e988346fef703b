import { isPlainObject, type Doc } from './typed';

const isDigits = (s: string): boolean => s.length > 0 && /^[0-9]+$/.test(s);

/**
 * Every value a dotted path reaches, walking into arrays the way MongoDB does for
 * index keys and sort keys. Leaf arrays are expanded to their elements; a branch that
 * lacks the field contributes `undefined` (indexed as null).
 */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  walk(doc, path.split('.'), 0, out);
  return out;
}

function walk(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(undefined);
      else out.push(...value);
    } else {
      out.push(value);
    }
    return;
  }
  const part = parts[i] as string;
  if (Array.isArray(value)) {
    if (isDigits(part)) {
      walk(value[Number(part)], parts, i + 1, out);
      return;
    }
    let reached = false;
    for (const element of value) {
      if (isPlainObject(element)) {
        walk(element, parts, i, out);
        reached = true;
      }
    }
    if (!reached) out.push(undefined);
    return;
  }
  if (isPlainObject(value)) {
    walk(value[part], parts, i + 1, out);
    return;
  }
  out.push(undefined);
}

/** The value at a dotted path without array traversal (undefined if absent). */
export function getPath(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(value) && isDigits(part)) value = value[Number(part)];
    else if (isPlainObject(value)) value = value[part];
    else return undefined;
  }
  return value;
}

/** Sets a dotted path, creating intermediate objects (used to seed upserts). */
export function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let target: Doc = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const next = target[part];
    if (isPlainObject(next)) {
      target = next;
    } else {
      const created: Doc = {};
      target[part] = created;
      target = created;
    }
  }
  target[parts[parts.length - 1] as string] = value;
}
