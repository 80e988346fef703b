import { StoreError } from '../errors';
import { formatDocument, formatValue } from '../values/format';
import type { Doc } from '../values/typed';
import { parseIndexedGeometry } from './geometry';
import { geoValuesAt } from './shapes';

/**
 * Rejects a document whose value under a 2dsphere-indexed field is not valid geometry,
 * with MongoDB's code 16755 and message.
 */
export function assertIndexableGeometry(doc: Doc, field: string): void {
  for (const value of geoValuesAt(doc, field)) {
    const parsed = parseIndexedGeometry(value);
    if (!parsed.ok) {
      const reason = parsed.reason === 'geo element must be an array or object'
        ? `${parsed.reason}: ${field}: ${formatValue(value)}`
        : parsed.reason;
      throw new StoreError(16755, 'Location16755', `Can't extract geo keys: ${formatDocument(doc)}  ${reason}`);
    }
  }
}
