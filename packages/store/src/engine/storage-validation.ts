import { StoreError } from '../errors';
import { isPlainObject, type Doc } from '../values/typed';

/**
 * MongoDB 5.0+ storage rules for field names: `$`-prefixed and dotted names are stored
 * as given (top level and nested), except inside `_id`, where a `$`-prefixed name is
 * refused (52 DollarPrefixedFieldName). Arrays are not allowed as `_id` (53).
 */
export function assertStorableId(id: unknown): void {
  if (Array.isArray(id)) throw new StoreError(53, 'InvalidIdField', `The '_id' value cannot be of type array`);
  if (id instanceof RegExp) throw new StoreError(53, 'InvalidIdField', `can't use a regex for _id`);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isPlainObject(value)) return;
    for (const key of Object.keys(value)) {
      if (key.startsWith('$')) {
        throw new StoreError(52, 'DollarPrefixedFieldName', `_id fields may not contain '$'-prefixed fields: ${key} is not valid for storage.`);
      }
      visit(value[key]);
    }
  };
  visit(id);
}

/** A replacement (not an upsert's insert) may not have `$`-prefixed top-level fields. */
export function assertReplacementFields(doc: Doc): void {
  for (const key of Object.keys(doc)) {
    if (key.startsWith('$')) {
      throw new StoreError(52, 'DollarPrefixedFieldName', `The dollar ($) prefixed field '${key}' in '${key}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`);
    }
  }
}
