const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the browser's local time, "2025-06-01 10:03". */
export function localDateTime(iso: string, withSeconds = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}${withSeconds ? `:${pad(date.getSeconds())}` : ''}`;
  return `${day} ${time}`;
}

/** The calendar day of an instant in local time, "2025-06-01". */
export function localDate(iso: string): string {
  return localDateTime(iso).slice(0, 10);
}

/** An instant in UTC, "2025-06-01 02:03:04". */
export function utcDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** The browser's offset from UTC at that instant, "UTC+8" or "UTC+5:30". */
export function utcOffsetLabel(iso: string): string {
  const minutes = -new Date(iso).getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${pad(rest)}` : ''}`;
}
