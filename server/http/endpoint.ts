import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { checkBody, checkParams, checkQuery } from './validate';

/** The parts of a request a route validates, each with a shared zod schema. */
export interface InputSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

/** What the handler receives: each part parsed (defaults applied, values coerced) and typed. */
export type Input<S extends InputSchemas> = { [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never };

/**
 * A route's input and its handler as one: params, query and body are validated in that
 * order (every bad field named, in the caller's language) and handed to the handler with
 * their types, so no handler casts what the request carried. Use after the guard:
 *
 *   router.patch('/:id', permit(context, 'carrier:update'), ...endpoint({ params: IdParams, body: CarrierPatchSchema }, async ({ params, body }, request, response) => …));
 */
export function endpoint<S extends InputSchemas>(schemas: S, handler: (input: Input<S>, request: Request, response: Response) => Promise<unknown> | unknown): RequestHandler[] {
  const validate: RequestHandler = (request, response, next) => {
    const input: Record<string, unknown> = {};
    if (schemas.params) input.params = checkParams(request, schemas.params);
    if (schemas.query) input.query = checkQuery(request, schemas.query);
    if (schemas.body) input.body = checkBody(request, schemas.body);
    response.locals.input = input;
    next();
  };
  // Express 5 forwards a rejected promise to the error middleware.
  const handle: RequestHandler = async (request, response) => {
    await handler(response.locals.input as Input<S>, request, response);
  };
  return [validate, handle];
}
