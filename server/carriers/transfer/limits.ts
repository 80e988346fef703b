/** Import uploads above this are refused with 413 (the JSON limit of the API is 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_MEGABYTES = MAX_IMPORT_BYTES / 1024 / 1024;

/** Data rows per import: a county registers hundreds of carriers, not tens of thousands. */
export const MAX_IMPORT_ROWS = 5_000;

/** What an XLSX may inflate to: 5,000 rows of 20 columns are a few MB of XML. */
export const MAX_XLSX_INFLATED_BYTES = 60 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 2_000;

/** Valid rows shown back by a dry run. */
export const PREVIEW_ROWS = 20;

/**
 * An import still running this long after it started belongs to a process that died: it
 * takes seconds, so ten minutes leaves a wide margin for another instance's slow import.
 */
export const STALE_IMPORT_MS = 10 * 60 * 1000;
