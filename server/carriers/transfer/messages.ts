import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { IMPORT_MESSAGES } from '@shared/carriers/importMessages';
import { localizeIssues, translate, type Language } from '@shared/validation/messages';
import { validationFailed } from '../../http/errors';
import { requestLanguage } from '../../http/language';

/** Until IMPORT_MESSAGES is merged into the validation dictionary, both are looked up here. */
export function importMessage(code: string, language: Language): string {
  return IMPORT_MESSAGES[code]?.[language] ?? translate(code, language);
}

/**
 * validateQuery (http/validate.ts) for rules whose message is an import key, which
 * localizeIssues does not know yet. Once the dictionaries are merged, use validateQuery.
 */
export function validateTransferQuery<S extends z.ZodType>(schema: S): RequestHandler {
  return (request, response, next) => {
    const result = schema.safeParse(request.query);
    if (result.success) {
      response.locals.query = result.data;
      next();
      return;
    }
    const language = requestLanguage(request);
    const fields = result.error.issues.map((issue, index) => {
      const code = issue.message in IMPORT_MESSAGES ? issue.message : localizeIssues([issue], language)[0]?.code ?? 'invalid';
      return { path: issue.path.join('.') || String(index), code, message: importMessage(code, language) };
    });
    next(validationFailed(fields));
  };
}
