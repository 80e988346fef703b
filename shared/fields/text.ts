import { z } from 'zod';

/**
 * C0 and C1 control characters (NUL, BEL, ESC …; tab, line feed and carriage return are
 * allowed where text may span lines) and the Unicode bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make "exe.txt" read as "txt.exe" and hide what a
 * name says. Refused in every text field, from the API and the import alike.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_PARAGRAPHS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const hasForbiddenCharacters = (text: string, multiline = false): boolean =>
  (multiline ? FORBIDDEN_IN_PARAGRAPHS : FORBIDDEN_IN_LINE).test(text);

export interface TextOptions {
  max: number;
  /** Message key when the text is empty; without it an empty text is allowed. */
  required?: string;
  /** Message key when it is too long (default `text.tooLong`). */
  tooLong?: string;
  /** Paragraphs allowed (line breaks and tabs). */
  multiline?: boolean;
  /** Message key for a value that is not text at all (default `text.string`). */
  notText?: string;
}

/**
 * Text as people type it: trimmed, limited, and free of control and bidi-override
 * characters. Every text field of the shared schemas is one of these.
 */
export function text(options: TextOptions) {
  let schema = z.string({ message: options.notText ?? options.required ?? 'text.string' }).trim();
  if (options.required) schema = schema.min(1, { message: options.required });
  return schema
    .max(options.max, { message: options.tooLong ?? 'text.tooLong' })
    .refine((value) => !hasForbiddenCharacters(value, options.multiline), { message: 'text.controlCharacters' });
}

/** An http(s) address, e.g. a carrier's website. */
export function webAddress(max: number) {
  return text({ max, notText: 'url.invalid' }).refine((value) => value === '' || isWebAddress(value), { message: 'url.invalid' });
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A mainland landline or mobile number as written: digits with spaces, hyphens, brackets, a leading +. */
export function phoneNumber(max = 40) {
  return text({ max }).refine((value) => value === '' || /^\+?[\d\s()（）-]{5,}$/.test(value.normalize('NFKC')), { message: 'phone.invalid' });
}

export function emailAddress(max: number) {
  return text({ max }).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { message: 'email.invalid' });
}
