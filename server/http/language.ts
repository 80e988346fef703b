import type { Request } from 'express';
import type { Language } from '@shared/validation/messages';

/** The language of API messages: Chinese when the caller prefers it, else English. */
export function requestLanguage(request: Request): Language {
  const preferred = request.acceptsLanguages('zh', 'zh-CN', 'en');
  return typeof preferred === 'string' && preferred.startsWith('zh') ? 'zh' : 'en';
}
