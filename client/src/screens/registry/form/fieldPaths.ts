import { carrierFields } from '@shared/carriers/fields/carrier';
import { contactFields } from '@shared/carriers/fields/contact';
import { phaseFields } from '@shared/carriers/fields/phase';
import { ratingFields } from '@shared/carriers/fields/rating';
import { recognitionFields } from '@shared/carriers/fields/recognition';
import type { FieldTable } from '@shared/fields/table';

const formKeys = (table: FieldTable) => Object.entries(table).filter(([, spec]) => spec.form).map(([key]) => key);

/**
 * Paths the carrier form shows on a field of its own (every field of the tables that has a
 * form control); a problem anywhere else is listed in the error summary so that nothing the
 * schema or server reports goes unseen.
 */
const SHOWN_ON_A_FIELD = new RegExp(
  '^(' +
    [
      ...formKeys(carrierFields),
      'location\\.coordinates\\.[01]',
      `phases\\.\\d+\\.(${formKeys(phaseFields).join('|')})`,
      `recognitions\\.\\d+\\.(${formKeys(recognitionFields).join('|')})`,
      `ratings\\.\\d+\\.(${formKeys(ratingFields).join('|')})`,
      `contact\\.(${formKeys(contactFields).join('|')})`,
    ].join('|') +
    ')$',
);

export function isShownOnCarrierField(path: string): boolean {
  return SHOWN_ON_A_FIELD.test(path);
}
