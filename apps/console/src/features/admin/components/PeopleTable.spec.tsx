import type { ConsolePersonFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PeopleTable } from './PeopleTable';

const person = (p: Partial<ConsolePersonFragment> & Pick<ConsolePersonFragment, 'id' | 'displayName' | 'roles'>): ConsolePersonFragment => ({
  email: `${p.displayName.toLowerCase()}@example.org`,
  joinedAt: '2026-11-02T09:30:00.000Z',
  banned: false,
  answersSent: null,
  balanceCents: null,
  currency: 'EUR',
  ...p,
});

const people = [
  person({ id: 'w1', displayName: 'Quokka', roles: ['WORKER'], banned: true, answersSent: 1 }),
  person({ id: 'r1', displayName: 'Zephyrine', roles: ['REQUESTER'], balanceCents: 1250 }),
  person({ id: 'a1', displayName: 'Root', roles: ['ADMIN'] }),
];

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <PeopleTable people={people} onAudit={() => undefined} onAdjust={() => undefined} onTrail={() => undefined} />
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
    expect(worker).toContain('<td>Banned</td>');
    expect(worker).toContain('1 answer sent');
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
    expect(admin.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('Nov 2, 2026');
  });

  it('speaks French, numbers and money included', () => {
    const html = render('fr');
    expect(rowOf(html, 'Quokka')).toContain('1 réponse envoyée');
    expect(rowOf(html, 'Quokka')).toContain('<td>Exclu</td>');
    expect(rowOf(html, 'Quokka')).toContain('aria-label="Examiner Quokka"');
    expect(rowOf(html, 'Zephyrine')).toMatch(/Solde 12,50\s€/);
    expect(rowOf(html, 'Zephyrine')).toContain('aria-label="Créditer ou rembourser Zephyrine"');
    expect(rowOf(html, 'Root')).toContain('aria-label="Journal d’audit de Root"');
    expect(html).toContain('Inscription');
    expect(html).not.toMatch(/Worker|Requester|Banned|Audit /);
  });
});
