import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './providers';
import { router } from './router';
import { SignInRedirect } from './sign-in-redirect';

export function App() {
  return (
    <AppProviders>
      <SignInRedirect />
      <RouterProvider router={router} />
    </AppProviders>
  );
}
