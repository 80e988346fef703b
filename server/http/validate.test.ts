import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors';
import { checkBody } from './validate';

/** What checkBody refuses a request with, whose body-parser left `body` as given. */
function outcome(body: unknown, headers: Record<string, string>): unknown {
  const request = { body, headers, get: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
  try {
    checkBody(request, z.strictObject({ name: z.string() }));
    return 'accepted';
  } catch (error) {
    return error;
  }
}

describe('checkBody', () => {
  it('answers 400 body_required when no bytes came at all, whatever the Content-Type says', () => {
    const error = outcome(undefined, { 'content-type': 'application/json' });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 400, id: 'body_required' });
  });

  it('answers 415 json_required when a body came in another format', () => {
    expect(outcome(undefined, { 'content-type': 'text/plain', 'content-length': '6' })).toMatchObject({ status: 415, id: 'json_required' });
  });
});
