import type { ConsolePersonFragment } from '@fourmi/api-client';
import { ApiProvider, I18nProvider, type Locale } from '@fourmi/ui';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccountSuspensionForm } from './AccountSuspensionForm';
import { LiftBanForm } from './LiftBanForm';
import { quokka } from './people.fixture';

const suspended: ConsolePersonFragment = { ...quokka, suspendedAt: '2026-12-07T20:11:00.000Z', suspensionReason: 'Several accounts for one person' };

const render = (locale: Locale, node: ReactElement) =>
  renderToStaticMarkup(
    <ApiProvider tokenKey="spec.token">
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        {node}
      </I18nProvider>
    </ApiProvider>,
  );
const form = (locale: Locale, person: ConsolePersonFragment) => render(locale, <AccountSuspensionForm person={person} onDone={() => undefined} onCancel={() => undefined} />);

describe('the suspension form of a person in the directory', () => {
  // As in MoneyAdminCard.spec: the API provider needs a page address, never a socket, on Node.
  beforeAll(() => {
    vi.stubGlobal('window', { location: { href: 'http://localhost/admin' } });
    vi.stubGlobal('WebSocket', class {});
  });
  afterAll(() => vi.unstubAllGlobals());

  it('suspends an active account with a reason, saying what a suspension does and what it leaves alone', () => {
    const html = form('en', quokka);
    expect(html).toContain('<form class="stack" aria-label="Suspend Quokka">');
    expect(html).toContain('Reason for the suspension (shown to them, kept in the audit trail)');
    expect(html).toMatch(/<input [^>]*aria-describedby="[^"]+-hint" required=""/);
    expect(html).toContain(
      'Quokka is signed out within seconds and cannot sign in until reinstated, and is shown this reason. Their work, projects and money stay as they are.',
    );
    expect(html).toContain('class="btn btn-danger"');
    expect(html).toContain('Suspend the account</button>');
    expect(html).toContain('>Cancel</button>');
    expect(html).not.toContain('Reinstate');
  });

  it('reinstates a suspended account, with a reason for the audit trail', () => {
    const html = form('en', suspended);
    expect(html).toContain('<form class="stack" aria-label="Reinstate Quokka">');
    expect(html).toContain('Reason for reinstating (kept in the audit trail)');
    expect(html).toContain('Quokka can sign in again at once.');
    expect(html).toContain('Reinstate the account</button>');
    expect(html).not.toContain('btn-danger');
    expect(html).not.toContain('Suspend');
  });

  it('speaks French', () => {
    const html = form('fr', quokka);
    expect(html).toContain('aria-label="Suspendre Quokka"');
    expect(html).toContain('Motif de la suspension (montré à la personne, conservé dans le journal d’audit)');
    expect(html).toContain('Son travail, ses projets et son argent restent tels quels.');
    expect(html).toContain('Suspendre le compte</button>');
    expect(form('fr', suspended)).toContain('Rétablir le compte</button>');
    expect(html).not.toMatch(/Reason|Suspend\b|Cancel/);
  });

  it('lifts a ban from the same reason form, once asked to', () => {
    const html = render('en', <LiftBanForm banId="42" onLifted={() => undefined} />);
    expect(html).toBe('<button type="button" class="btn btn-secondary" aria-label="Lift the ban 42">Lift</button>');
  });
});
