import fc from 'fast-check';

/**
 * Every property test runs on a fixed seed, so a run is the same run on every machine and a
 * failure comes back when it is run again. FC_SEED picks another seed to explore with.
 */
export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20_251_231);

fc.configureGlobal({ seed: PROPERTY_SEED });
