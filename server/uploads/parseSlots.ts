import { AppError } from '../http/errors';

/** Seconds a client is asked to wait when every slot is taken. */
export const RETRY_AFTER_SECONDS = 5;

export const uploadsBusy = () =>
  new AppError(
    503,
    'uploads_busy',
    { zh: `服务器正在处理其他上传文件，请 ${RETRY_AFTER_SECONDS} 秒后重试`, en: `The server is busy with other uploads; retry in ${RETRY_AFTER_SECONDS} seconds` },
    undefined,
    { retryAfterSeconds: RETRY_AFTER_SECONDS },
  );

/**
 * At most `slots` uploads are parsed at once in this process (the one that may also hold the
 * embedded store): parsing a workbook takes tens of MB and a CPU for a second or more, so a
 * burst of uploads must queue at the client, not pile up in memory. Others get 503 with
 * Retry-After, before their file is parsed.
 */
export function parseSlots(slots: number) {
  let busy = 0;
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (busy >= slots) throw uploadsBusy();
      busy += 1;
      try {
        return await work();
      } finally {
        busy -= 1;
      }
    },
    get busy() {
      return busy;
    },
  };
}

/** Every upload of this process shares these: workbooks, GeoJSON files, photos. */
export const uploadParsing = parseSlots(2);
