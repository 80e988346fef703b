/**
 * Paths the carrier form shows on a field of its own; a problem anywhere else is listed in
 * the error summary so that nothing the schema or server reports goes unseen.
 */
const SHOWN_ON_A_FIELD = new RegExp(
  '^(' +
    [
      'name',
      'kind',
      'region',
      'district',
      'address',
      'operator',
      'industries',
      'locationDatum',
      'location\\.coordinates\\.[01]',
      'phases',
      'phases\\.\\d+\\.(label|status|incubationAreaM2|floorAreaM2|constructionStartedOn|plannedOpeningOn|openedOn|closedOn)',
      'recognitions',
      'recognitions\\.\\d+\\.(tier|year|note)',
      'ratings',
      'ratings\\.\\d+\\.(year|grade)',
      'contact\\.(person|phone|email)',
    ].join('|') +
    ')$',
);

export function isShownOnCarrierField(path: string): boolean {
  return SHOWN_ON_A_FIELD.test(path);
}
