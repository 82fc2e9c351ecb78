import { ApiProvider, I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PasswordResetLinkForm, type PasswordResetLinkFormProps } from './PasswordResetLinkForm';
import { quokka } from './people.fixture';

const made = { ticket: 'eyJwIjoicGFzc3dvcmQtcmVzZXQifQ.c2lnbmVk', expiresAt: '2026-12-08T02:35:00.000Z', app: 'WORKER' };

const render = (locale: Locale, props: Partial<PasswordResetLinkFormProps> = {}) =>
  renderToStaticMarkup(
    <ApiProvider tokenKey="spec.token">
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <PasswordResetLinkForm person={quokka} onClose={() => undefined} origin="https://fourmi.example.org" {...props} />
      </I18nProvider>
    </ApiProvider>,
  );

describe('the password reset link of a person in the directory', () => {
  // As in AccountSuspensionForm.spec: the API provider needs a page address, never a socket, on Node.
  beforeAll(() => {
    vi.stubGlobal('window', { location: { href: 'http://localhost/admin', origin: 'http://localhost' } });
    vi.stubGlobal('WebSocket', class {});
  });
  afterAll(() => vi.unstubAllGlobals());

  it('asks first for a reason, saying when a link is fair to make and what it does', () => {
    const html = render('en');
    expect(html).toContain('<form class="stack" aria-label="Password reset link for Quokka">');
    expect(html).toContain('Reason for the link (kept in the audit trail): who asked, and how');
    expect(html).toContain(
      'Only when Quokka asked, from their account’s email. The link lets whoever opens it choose a new password for this account, once, within an hour; its other sessions end.',
    );
    expect(html).toContain('Make the link</button>');
    expect(html).toContain('>Cancel</button>');
    expect(html).not.toContain('btn-danger');
  });

  it('once made, shows the whole link of the person’s app to copy, until when it is valid, and to send it only to their own email, once', () => {
    const html = render('en', { initialLink: made });
    expect(html).toContain('<div class="stack" role="group" aria-label="Password reset link for Quokka">');
    expect(html).toContain('A password reset link for Quokka is ready.');
    expect(html).toMatch(/<input [^>]*readOnly="" value="https:\/\/fourmi\.example\.org\/reset-password\?ticket=eyJwIjoicGFzc3dvcmQtcmVzZXQifQ\.c2lnbmVk"\/>/);
    expect(html).toMatch(/>Valid until Dec 8, 2026, [^<]+\.<\/p>/);
    expect(html).toContain('<strong>Send it only to the account’s own email address, quokka@example.org.</strong> It works once: whoever opens it first chooses the password.');
    expect(html).toContain('Copy the link</button>');
    expect(html).toContain('>Done</button>');
    expect(html).not.toContain('<form');

    const requester = render('en', { initialLink: { ...made, app: 'CONSOLE' } });
    expect(requester).toContain('value="https://fourmi.example.org/console/reset-password?ticket=eyJwIjoicGFzc3dvcmQtcmVzZXQifQ.c2lnbmVk"');
  });

  it('speaks French', () => {
    expect(render('fr')).toContain('Créer le lien</button>');
    const html = render('fr', { initialLink: made });
    expect(html).toContain('Le lien de réinitialisation du mot de passe de Quokka est prêt.');
    expect(html).toMatch(/>Valable jusqu’au 8 déc\. 2026[^<]+\.<\/p>/);
    expect(html).toContain('Envoyez-le uniquement à l’adresse e-mail du compte, quokka@example.org.');
    expect(html).toContain('Copier le lien</button>');
    expect(html).not.toMatch(/Copy|Valid until|Send it/);
  });
});
