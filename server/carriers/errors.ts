import { AppError, conflict, notFound } from '../http/errors';

export const carrierNotFound = () => notFound({ zh: '载体', en: 'Carrier' });

export const duplicateName = (name: string) =>
  new AppError(
    409,
    'duplicate_name',
    { zh: `本地区已有名为“${name}”的载体`, en: `A carrier named "${name}" already exists in this region` },
    [{ path: 'name', code: 'carrier.name.duplicate', message: '' }],
  );

export const staleVersion = (currentVersion: number) =>
  conflict(
    'stale_version',
    '该载体已被他人修改，请刷新后在最新版本上重新编辑',
    'This carrier was changed by someone else; reload and edit the latest version',
    { currentVersion },
  );

export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}
