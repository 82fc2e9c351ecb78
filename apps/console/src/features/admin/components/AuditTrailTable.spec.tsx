import type { ConsoleAuditEntryFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditTrailTable } from './AuditTrailTable';

const entry = (over: Partial<ConsoleAuditEntryFragment>): ConsoleAuditEntryFragment => ({
  id: '1',
  at: '2026-12-07T20:11:00.000Z',
  action: 'BAN',
  actorName: 'Demo Admin',
  subjectKind: 'USER',
  subjectId: '8997018b-0a55-49a9-a71f-e1983c917e71',
  subjectName: 'Zoé Rapide (zoe@example.org)',
  reason: 'Answers in under a second',
  projectChanges: null,
  ...over,
});

const entries = [
  entry({}),
  entry({ id: '2', action: 'RULE_BAN', actorName: null, reason: 'Gold accuracy 0 %' }),
  entry({ id: '3', action: 'GOLD_KEPT', subjectKind: 'TASK', subjectId: '42', subjectName: null, reason: 'Plainly positive' }),
  entry({ id: '4', action: 'SOMETHING_NEW' }),
  entry({ id: '6', action: 'ACCOUNT_SUSPENDED', reason: 'Several accounts for one person' }),
  entry({ id: '7', action: 'ACCOUNT_REINSTATED', reason: 'Proved to be two people' }),
  entry({
    id: '5',
    action: 'PROJECT_EDITED',
    actorName: 'Rita Requester',
    subjectKind: 'PROJECT',
    subjectId: 'c0ffee00-0a55-49a9-a71f-e1983c917e71',
    subjectName: 'Sentiment v2',
    reason: '',
    projectChanges: [
      { field: 'NAME', before: 'Sentiment', after: 'Sentiment v2' },
      { field: 'GOLD_RATIO', before: '0.1', after: '0.25' },
    ],
  }),
];

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <AuditTrailTable entries={entries} />
    </I18nProvider>,
  );

describe('AuditTrailTable', () => {
  it('says who did what to whom and why, in words, a rule and a gold item named as such', () => {
    const html = render('en');
    expect(html).toContain('<td>Demo Admin</td><td>Banned</td><td>Zoé Rapide (zoe@example.org)</td><td>Answers in under a second</td>');
    expect(html).toContain('<td>A quality rule</td><td>Banned by a rule</td>');
    expect(html).toContain('<td>Kept a contested gold answer</td><td>Gold item (task 42)</td>');
    // An action this console does not know yet still shows, by its code.
    expect(html).toContain('<td>SOMETHING_NEW</td>');
    expect(html).toContain('<td>Demo Admin</td><td>Suspended the account</td><td>Zoé Rapide (zoe@example.org)</td><td>Several accounts for one person</td>');
    expect(html).toContain('<td>Demo Admin</td><td>Reinstated the account</td><td>Zoé Rapide (zoe@example.org)</td><td>Proved to be two people</td>');
  });

  it('shows a requester’s project edit by the project’s name, with each changed field before → after', () => {
    const html = render('en');
    expect(html).toContain('<td>Rita Requester</td><td>Edited a project<ul class="project-changes">');
    expect(html).toContain('<strong>Name</strong> “Sentiment” → “Sentiment v2”');
    expect(html).toContain('<strong>Gold items</strong> 10% → 25%');
    expect(html).toContain('</ul></td><td>Sentiment v2</td><td></td>');
    // Other rows stay as they were: no change list where there is none.
    expect(html.match(/project-changes/g)).toHaveLength(1);
  });

  it('says a password change in words: the person changed their own, the trail has no reason for it', () => {
    const changed = [entry({ id: '6', action: 'PASSWORD_CHANGED', actorName: 'Zoé Rapide (zoe@example.org)', reason: '' })];
    const inLocale = (locale: Locale) =>
      renderToStaticMarkup(
        <I18nProvider storageKey="spec.locale" userLocale={locale}>
          <AuditTrailTable entries={changed} />
        </I18nProvider>,
      );
    expect(inLocale('en')).toContain('<td>Zoé Rapide (zoe@example.org)</td><td>Changed their password</td><td>Zoé Rapide (zoe@example.org)</td><td></td>');
    expect(inLocale('fr')).toContain('<td>A changé son mot de passe</td>');
    expect(inLocale('en')).not.toContain('PASSWORD_CHANGED');
  });

  it('says a password reset link an admin made for someone, with the admin’s reason', () => {
    const made = [entry({ id: '8', action: 'PASSWORD_RESET_LINK', reason: 'Asked support from her account’s email' })];
    const inLocale = (locale: Locale) =>
      renderToStaticMarkup(
        <I18nProvider storageKey="spec.locale" userLocale={locale}>
          <AuditTrailTable entries={made} />
        </I18nProvider>,
      );
    expect(inLocale('en')).toContain('<td>Demo Admin</td><td>Made a password reset link</td><td>Zoé Rapide (zoe@example.org)</td><td>Asked support from her account’s email</td>');
    expect(inLocale('fr')).toContain('<td>A créé un lien de réinitialisation du mot de passe</td>');
  });

  it('is all in French, dates included', () => {
    const html = render('fr');
    expect(html).toContain('<th scope="col">Quand</th><th scope="col">Qui</th><th scope="col">Action</th><th scope="col">Concerne</th><th scope="col">Motif</th>');
    expect(html).toContain('<td>Une règle de qualité</td><td>Exclusion par une règle</td>');
    expect(html).toContain('7 déc. 2026');
    expect(html).not.toContain('Banned');
    expect(html).toContain('<td>A suspendu le compte</td>');
    expect(html).toContain('<td>A rétabli le compte</td>');
    expect(html).toContain('<td>A modifié un projet<ul class="project-changes">');
    expect(html).toContain('<strong>Nom</strong> « Sentiment » → « Sentiment v2 »');
    expect(html).toContain('<strong>Items de contrôle</strong> 10\u00a0% → 25\u00a0%');
  });
});
