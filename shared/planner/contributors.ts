/**
 * The ids behind one number, for drill-down: `carrierId:phaseId` for area measures,
 * `carrierId:recognitionId` for recognitions and tiers held, `carrierId` for carrier counts.
 *
 * The ids are resolved only when read (`ids()`, or `JSON.stringify` through `toJSON`), so an
 * evaluation that nobody drills into never builds them: that is what keeps a full evaluation
 * of 60,000 phases within milliseconds. `count` is always known.
 */
export class Contributors {
  readonly count: number;
  readonly #resolve: () => string[];
  #ids: string[] | undefined;

  constructor(count: number, resolve: () => string[]) {
    this.count = count;
    this.#resolve = resolve;
  }

  /** The ids, in the order the engine met them (by year, then by carrier order). */
  ids(): string[] {
    this.#ids ??= this.#resolve();
    return this.#ids;
  }

  toJSON(): string[] {
    return this.ids();
  }
}

export const NO_CONTRIBUTORS = new Contributors(0, () => []);
