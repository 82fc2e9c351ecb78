import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { LOCALES, LOCALE_NAMES, isLocale } from '../i18n/core';
import { useLocale } from '../i18n/I18nProvider';
import { useUiT } from '../i18n/messages';

export interface LayoutProps {
  appName: string;
  /** The app's links (NavLink elements), shown in the header. */
  nav?: ReactNode;
  /** Shown when signed in, with a sign-out button. */
  userName?: string | null;
  /** The signed-in user's account page (password), linked beside the sign-out button. */
  accountPath?: string;
  onSignOut?: () => void;
  children: ReactNode;
}

export function LanguageSwitch() {
  const t = useUiT();
  const { locale, setLocale } = useLocale();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('ui.language')}</span>
      <select
        className="input select select-compact"
        value={locale}
        onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The page frame: header (app name, navigation, language, account, sign-out) and the main region. */
export function Layout({ appName, nav, userName, accountPath, onSignOut, children }: LayoutProps) {
  const t = useUiT();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('ui.skipToContent')}
      </a>
      <header className="header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span aria-hidden="true" className="brand-mark">
              ◆
            </span>
            <span className="brand-name">{appName}</span>
          </Link>
          {nav && (
            <nav aria-label={t('ui.mainNav')} className="nav">
              {nav}
              {/* On a phone the account link ends the row of links: beside sign-out it would not fit. */}
              {accountPath && (
                <NavLink to={accountPath} className="nav-account">
                  {t('ui.account')}
                </NavLink>
              )}
            </nav>
          )}
          <div className="header-tools">
            <LanguageSwitch />
            {userName && (
              <span className="user-name" title={t('ui.signedInAs', { name: userName })}>
                {userName}
              </span>
            )}
            {accountPath && (
              <NavLink to={accountPath} className="btn btn-ghost header-account">
                {t('ui.account')}
              </NavLink>
            )}
            {onSignOut && (
              <button type="button" className="btn btn-ghost" onClick={onSignOut}>
                {t('ui.signOut')}
              </button>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export function NotFound() {
  const t = useUiT();
  return (
    <div className="stack">
      <h1>{t('ui.notFound')}</h1>
      <p>
        <Link to="/">{t('ui.backHome')}</Link>
      </p>
    </div>
  );
}
