import { ApiProvider, NotFound, RedirectIfSignedIn, RequireAuth } from '@fourmi/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ResetPasswordPage } from '../features/auth/components/ResetPasswordPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { SessionProvider } from '../features/auth/hooks/useSession';
import { WorkerReasons } from '../features/errors/WorkerReasons';
import { EarningsPage } from '../features/earnings/components/EarningsPage';
import { FeedPage } from '../features/feed/components/FeedPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { RunnerPage } from '../features/runner/components/RunnerPage';
import { RejectionsPage } from '../features/standing/components/RejectionsPage';
import { SkillsPage } from '../features/standing/components/SkillsPage';
import { StandingPage } from '../features/standing/components/StandingPage';
import { AppLayout } from './AppLayout';
import { TOKEN_KEY } from './config';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <ApiProvider tokenKey={TOKEN_KEY}>
      <SessionProvider>
        <WorkerReasons>
          <BrowserRouter basename={basename}>
            <Routes>
              <Route element={<AppLayout />}>
                <Route path="/sign-in" element={<RedirectIfSignedIn><SignInPage /></RedirectIfSignedIn>} />
                <Route path="/sign-up" element={<RedirectIfSignedIn><SignUpPage /></RedirectIfSignedIn>} />
                {/* A reset link signs its person in, whoever was signed in here: not redirected. */}
                <Route path="/reset-password" element={<ResetPasswordPage />} />
                <Route index element={<RequireAuth><FeedPage /></RequireAuth>} />
                <Route path="/work/:projectId" element={<RequireAuth><RunnerPage /></RequireAuth>} />
                <Route path="/earnings" element={<RequireAuth><EarningsPage /></RequireAuth>} />
                <Route path="/skills" element={<RequireAuth><SkillsPage /></RequireAuth>} />
                <Route path="/rejections" element={<RequireAuth><RejectionsPage /></RequireAuth>} />
                <Route path="/profile" element={<RequireAuth><ProfilePage /></RequireAuth>} />
                <Route path="/projects/:projectId/standing" element={<RequireAuth><StandingPage /></RequireAuth>} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </WorkerReasons>
      </SessionProvider>
    </ApiProvider>
  );
}
