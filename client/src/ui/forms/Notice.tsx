import type { ReactNode } from 'react';

export interface NoticeProps {
  tone: 'success' | 'info' | 'warn' | 'error';
  children: ReactNode;
  /** Buttons that resolve the notice (reload, dismiss). */
  actions?: ReactNode;
}

/** A message about what just happened; errors interrupt, the others are announced politely. */
export function Notice({ tone, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>{children}</div>
      {actions}
    </div>
  );
}
