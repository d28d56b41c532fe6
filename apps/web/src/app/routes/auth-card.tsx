import type { ReactNode } from 'react';
import '@/features/auth/auth.css';

interface AuthCardProps {
  subtitle: string;
  wide?: boolean;
  children: ReactNode;
}

/** The frame of the pages outside the shell (login, forced password change). */
export function AuthCard({ subtitle, wide = false, children }: AuthCardProps) {
  return (
    <div className="auth-page">
      <div style={{ width: '100%', maxWidth: wide ? 460 : 400 }}>
        <main className={wide ? 'auth-card auth-card--wide' : 'auth-card'}>
          <div className="auth-card__brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <h1 className="auth-card__title">营商环境改革督办系统</h1>
          </div>
          <p className="auth-card__subtitle">{subtitle}</p>
          {children}
        </main>
        <p className="auth-page__footer">优化营商环境改革任务 · 月度进展 · 督办通报</p>
      </div>
    </div>
  );
}
