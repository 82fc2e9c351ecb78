import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PeopleTable, type PeopleTableProps } from './PeopleTable';
import { person } from './people.fixture';


const people = [
  person({ id: 'w1', displayName: 'Quokka', roles: ['WORKER'], banned: true, answersSent: 1, level: 2 }),
  person({ id: 'r1', displayName: 'Zephyrine', roles: ['REQUESTER'], balanceCents: 1250 }),
  person({ id: 'a1', displayName: 'Root', roles: ['ADMIN'] }),
  person({ id: 'w2', displayName: 'Mallory', roles: ['WORKER'], answersSent: 3, suspendedAt: '2026-12-07T20:11:00.000Z', suspensionReason: 'Several accounts for one person' }),
  person({ id: 'w3', displayName: 'Trudy', roles: ['WORKER'], banned: true, suspendedAt: '2026-12-01T08:00:00.000Z', suspensionReason: '' }),
  person({ id: 'a2', displayName: 'Deputy', roles: ['ADMIN'] }),
];

// The signed-in admin is Root.
const render = (locale: Locale, panel: PeopleTableProps['panel'] = null) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <PeopleTable people={people} meId="a1" onAudit={() => undefined} onAdjust={() => undefined} onTrail={() => undefined} onSuspension={() => undefined} onResetLink={() => undefined} panel={panel} />
    </I18nProvider>,
  );

/** The table row (as markup) of the person with this name. */
const rowOf = (html: string, name: string) => html.split('<tr>').find((row) => row.includes(`>${name} <`)) ?? '';

describe('PeopleTable', () => {
  it('shows each person with their role, standing and figure, and only the actions their role allows', () => {
    const html = render('en');
    const worker = rowOf(html, 'Quokka');
    expect(worker).toContain('quokka@example.org');
    expect(worker).toContain('<td>Worker</td>');
    expect(worker).toContain('<td><div>Banned from work</div></td>');
    expect(worker).toContain('1 answer sent · level 2');
    expect(worker).toContain('aria-label="Audit Quokka"');
    expect(worker).not.toContain('Credit or refund');

    const requester = rowOf(html, 'Zephyrine');
    expect(requester).toContain('<td>Requester</td>');
    expect(requester).toContain('<td>Active</td>');
    expect(requester).toMatch(/Balance €12\.50/);
    expect(requester).toContain('aria-label="Credit or refund Zephyrine"');
    expect(requester).not.toContain('aria-label="Audit Zephyrine"');

    const admin = rowOf(html, 'Root');
    expect(admin).toContain('<td>Administrator</td>');
    expect(admin).toContain('<td>—</td>');
    // Anyone can be acted on (banned, credited, their rejections held): each row opens their audit trail.
    for (const name of ['Quokka', 'Zephyrine', 'Root']) expect(rowOf(html, name)).toContain(`aria-label="Audit trail of ${name}"`);
    // The signed-in admin cannot suspend their own account: their row has the trail only.
    expect(admin.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('Nov 2, 2026');
  });

  it('speaks French, numbers and money included', () => {
    const html = render('fr');
    expect(rowOf(html, 'Quokka')).toContain('1 réponse envoyée · niveau 2');
    expect(rowOf(html, 'Quokka')).toContain('<td><div>Exclu du travail</div></td>');
    expect(rowOf(html, 'Quokka')).toContain('aria-label="Examiner Quokka"');
    expect(rowOf(html, 'Zephyrine')).toMatch(/Solde 12,50\s€/);
    expect(rowOf(html, 'Zephyrine')).toContain('aria-label="Créditer ou rembourser Zephyrine"');
    expect(rowOf(html, 'Root')).toContain('aria-label="Journal d’audit de Root"');
    expect(html).toContain('Inscription');
    expect(html).not.toMatch(/Worker|Requester|Banned|Audit |\bSuspend\b|Reinstate|Reason:/);
    const suspended = rowOf(html, 'Mallory');
    expect(suspended).toMatch(/<strong>Suspendu depuis le 7 déc\. 2026.*<\/strong>/);
    expect(suspended).toContain('Motif : Several accounts for one person');
    expect(suspended).toContain('aria-label="Rétablir Mallory"');
    expect(rowOf(html, 'Zephyrine')).toContain('aria-label="Suspendre Zephyrine"');
  });

  it('tells a suspension, since when and why, apart from a ban from work, and offers to suspend anyone else or reinstate', () => {
    const html = render('en');
    const suspended = rowOf(html, 'Mallory');
    expect(suspended).toMatch(/<td><div><strong>Suspended since Dec 7, 2026, [^<]+<\/strong><\/div><div class="muted small">Reason: Several accounts for one person<\/div><\/td>/);
    expect(suspended).not.toContain('Banned from work');
    expect(suspended).toContain('>Reinstate</button>');
    expect(suspended).toContain('aria-label="Reinstate Mallory"');
    expect(suspended).not.toContain('aria-label="Suspend Mallory"');

    // Suspended and banned from work: both said; no reason line when the admin gave none (suspended by SQL).
    const both = rowOf(html, 'Trudy');
    expect(both).toMatch(/<strong>Suspended since Dec 1, 2026, [^<]+<\/strong><\/div><div>Banned from work<\/div><\/td>/);
    expect(both).not.toContain('Reason:');

    for (const name of ['Quokka', 'Zephyrine', 'Deputy']) {
      expect(rowOf(html, name)).toContain(`aria-label="Suspend ${name}" aria-expanded="false">Suspend</button>`);
    }
    expect(rowOf(html, 'Root')).not.toContain('Suspend');
  });

  it('opens the suspension form under its person’s row, across the whole table', () => {
    const html = render('en', { personId: 'w1', action: 'suspension', form: <form aria-label="Suspend Quokka" /> });
    expect(rowOf(html, 'Quokka')).toContain('aria-label="Suspend Quokka" aria-expanded="true"');
    const rows = html.split('<tr>');
    const below = rows[rows.findIndex((row) => row.includes('>Quokka <')) + 1];
    expect(below).toContain('<td colSpan="6"><form aria-label="Suspend Quokka"></form></td>');
    expect(html.match(/<form/g)).toHaveLength(1);
  });

  it('offers a password reset link for anyone but the signed-in admin and a suspended account, and opens its form under the row', () => {
    const html = render('en');
    for (const name of ['Quokka', 'Zephyrine', 'Deputy']) {
      expect(rowOf(html, name)).toContain(`aria-label="Password reset link for ${name}" aria-expanded="false">Password reset link</button>`);
    }
    // Their own password changes on the Account page; a suspended account's reset would be refused.
    for (const name of ['Root', 'Mallory', 'Trudy']) expect(rowOf(html, name)).not.toContain('Password reset link');
    expect(rowOf(render('fr'), 'Quokka')).toContain('aria-label="Lien de réinitialisation du mot de passe de Quokka"');

    const open = render('en', { personId: 'w1', action: 'resetLink', form: <form aria-label="Password reset link for Quokka" /> });
    expect(rowOf(open, 'Quokka')).toContain('aria-label="Password reset link for Quokka" aria-expanded="true"');
    expect(rowOf(open, 'Quokka')).toContain('aria-label="Suspend Quokka" aria-expanded="false"');
    expect(open).toContain('<td colSpan="6"><form aria-label="Password reset link for Quokka"></form></td>');
  });
});
