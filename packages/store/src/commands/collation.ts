import { notSupported } from '../errors';
import { isPlainObject } from '../values/typed';

/**
 * mingo applies a collation only when sorting, while MongoDB also applies it to
 * comparisons; rather than answer differently we accept only the simple collation.
 */
export function assertSimpleCollation(collation: unknown): void {
  if (collation === undefined || collation === null) return;
  if (isPlainObject(collation) && collation.locale === 'simple' && Object.keys(collation).length === 1) return;
  throw notSupported('collation');
}
