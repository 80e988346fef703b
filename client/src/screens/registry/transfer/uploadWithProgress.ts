import { ApiError } from '../../../api/client';
import type { FieldError } from '@shared/validation/messages';

export interface UploadOptions {
  csrfToken: string | null;
  language: string;
  /** 0…1 while the file is sent; null once it is sent and the server is working. */
  onProgress(fraction: number | null): void;
  signal?: AbortSignal;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import endpoint expects, from the file's name; null when unsupported. */
export function importContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/**
 * Posts a file as the raw request body and reports upload progress. XMLHttpRequest rather
 * than fetch, because fetch cannot report how much of a request body has been sent.
 */
export function uploadWithProgress<T>(url: string, file: File, contentType: string, options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', options.language);
    if (options.csrfToken) request.setRequestHeader('X-CSRF-Token', options.csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => options.onProgress(null);
    request.onload = () => {
      const payload = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        resolve(payload as T);
        return;
      }
      const error = (payload as { error?: { id?: string; message?: string; fields?: FieldError[] } } | null)?.error;
      reject(new ApiError(request.status, error?.id ?? 'http_error', error?.message ?? `HTTP ${request.status}`, error?.fields ?? []));
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    request.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
