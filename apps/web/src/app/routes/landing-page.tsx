import { Navigate } from 'react-router';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { landingPath } from '../landing';

/** `/`: each role starts on its own daily page (the shell has loaded the session already). */
export function LandingPage() {
  const user = useCurrentUser();
  return user ? <Navigate to={landingPath(user)} replace /> : null;
}
