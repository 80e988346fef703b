/** Limits shared by the API, the forms and the database schema. */
export const MAX_NAME_LENGTH = 100;
export const MAX_TEXT_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;
export const MAX_PHASE_LABEL_LENGTH = 50;
/** No single phase is larger than 5,000,000 ㎡ (Taicang's whole 2020 stock was 918,000 ㎡). */
export const MAX_AREA_M2 = 5_000_000;
export const MAX_PHASES = 30;
export const MAX_RECOGNITIONS = 4;
export const MAX_RATINGS = 50;
export const MAX_INDUSTRIES = 10;
export const MAX_OWNERS = 20;
export const MIN_YEAR = 1980;
export const MAX_YEAR = 2100;
export const MAX_PAGE_LIMIT = 500;
export const DEFAULT_PAGE_LIMIT = 50;
