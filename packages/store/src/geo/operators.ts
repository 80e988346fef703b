import { compileRegion, geometriesAt } from './shapes';

/** `$geoWithin` for mingo: true when any geometry at the path lies within the region. */
export const $geoWithin = (selector: string, value: unknown): ((obj: unknown) => boolean) => {
  const region = compileRegion(value);
  return (obj: unknown) => geometriesAt(obj, selector).some((g) => region.contains(g));
};
