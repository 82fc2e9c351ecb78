import { ApiProvider, NotFound, RedirectIfSignedIn, RequireAuth } from '@fourmi/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from '../features/account/components/AccountPage';
import { AdminPage } from '../features/admin/components/AdminPage';
import { BillingPage } from '../features/billing/components/BillingPage';
import { ResetPasswordPage } from '../features/auth/components/ResetPasswordPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { SessionProvider } from '../features/auth/hooks/useSession';
import { ConsoleReasons } from '../features/errors/ConsoleReasons';
import { NewProjectPage } from '../features/projects/components/NewProjectPage';
import { ProjectPage } from '../features/projects/components/ProjectPage';
import { ProjectsPage } from '../features/projects/components/ProjectsPage';
import { AppLayout } from './AppLayout';
import { TOKEN_KEY } from './config';

// Served under /console/: routes below are relative to it.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <ApiProvider tokenKey={TOKEN_KEY}>
      <SessionProvider>
        <ConsoleReasons>
          <BrowserRouter basename={basename}>
            <Routes>
              <Route element={<AppLayout />}>
                <Route path="/sign-in" element={<RedirectIfSignedIn><SignInPage /></RedirectIfSignedIn>} />
                <Route path="/sign-up" element={<RedirectIfSignedIn><SignUpPage /></RedirectIfSignedIn>} />
                {/* A reset link signs its person in, whoever was signed in here: not redirected. */}
                <Route path="/reset-password" element={<ResetPasswordPage />} />
                <Route index element={<RequireAuth><ProjectsPage /></RequireAuth>} />
                <Route path="/projects/new" element={<RequireAuth><NewProjectPage /></RequireAuth>} />
                <Route path="/projects/:id" element={<RequireAuth><ProjectPage /></RequireAuth>} />
                <Route path="/billing" element={<RequireAuth><BillingPage /></RequireAuth>} />
                <Route path="/admin" element={<RequireAuth><AdminPage /></RequireAuth>} />
                <Route path="/account" element={<RequireAuth><AccountPage /></RequireAuth>} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </ConsoleReasons>
      </SessionProvider>
    </ApiProvider>
  );
}
