import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../api/ApiProvider';

/** Routes for signed-in users only: others go to the sign-in page, and come back after it. */
export function RequireAuth({ children, signInPath = '/sign-in' }: { children: ReactNode; signInPath?: string }) {
  const { token } = useAuth();
  const location = useLocation();
  if (!token) return <Navigate to={signInPath} replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Sign-in and sign-up pages: a signed-in user goes on to where they wanted to go. */
export function RedirectIfSignedIn({ children, to = '/' }: { children: ReactNode; to?: string }) {
  const { token } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  if (token) return <Navigate to={typeof from === 'string' ? from : to} replace />;
  return <>{children}</>;
}
