import { expect, test } from '@playwright/test';
import { FourmiApi } from './pages/api';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

test('a worker lists German on their profile and sees the German project; the app keeps speaking French after signing in again', async ({ browser, request }) => {
  const stamp = Date.now();
  const german = `Bewertungen ${stamp}`;
  const open = `Reviews for everyone ${stamp}`;
  const password = 'a long enough password';
  const email = `greta-${stamp}@example.org`;

  // Two live projects: one for workers who work in German, one open to every language.
  const api = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await api.gql('mutation { createTopUp(amountCents: 1000) { id } }');
  for (const [name, languages] of [[german, ['de']], [open, []]] as const) {
    await api.publishTexts(await api.createSentimentProject(name, { languages }), ['Sehr gut, gerne wieder.']);
  }

  // A new worker (who lists no language yet) sees the open project, not the German one.
  const worker = new WorkerPage(await browser.newPage());
  const page = worker.page;
  await worker.signUp('Greta', email, password);
  await expect(worker.projectCard(open)).toBeVisible();
  await expect(worker.projectCard(german)).toHaveCount(0);

  // The feed points to the profile, which says why, and the worker adds German.
  await page.getByRole('link', { name: 'List the languages you work in' }).click();
  await expect(page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible();
  const languages = page.getByRole('group', { name: 'Languages you work in' });
  await expect(languages).toContainText('they only show in your available work if you list one of their languages here');
  await expect(languages).toContainText('None yet');
  await languages.getByRole('checkbox', { name: 'German / Deutsch' }).check();
  await expect(languages).toContainText('Your languages: German / Deutsch');
  // Saved from the keyboard: the focus stays on the button, not thrown back to the top of the page.
  const save = page.getByRole('button', { name: 'Save my profile' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
  await expect(save).toBeFocused();

  // The German project is in the feed now.
  await worker.openFeed();
  await expect(worker.projectCard(german)).toBeVisible();

  // On the Profile page, the worker switches the app to French in the header: the form follows.
  await worker.openProfile();
  await worker.chooseLanguageSaved('fr');
  await expect(page.getByRole('heading', { name: 'Votre profil', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Langue de cette application')).toHaveValue('fr');

  // Signed out, then in again from the English sign-in page: the app speaks French, the account's language.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // A wrong password on the French sign-in page is refused in French, not in the API's English.
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('not the password at all');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toContainText('E-mail ou mot de passe incorrect.');
  await expect(page.getByText('Wrong email or password')).toHaveCount(0);
  await worker.submitSignIn(email, password);
  await expect(page.getByRole('heading', { name: 'Travail disponible', level: 1 })).toBeVisible();
  await expect(worker.languageSwitch).toHaveValue('fr');

  // And on another device (a fresh browser, nothing stored), the profile shows French too.
  const elsewhere = new WorkerPage(await browser.newPage());
  await elsewhere.submitSignIn(email, password);
  await expect(elsewhere.page.getByRole('heading', { name: 'Travail disponible', level: 1 })).toBeVisible();
  await elsewhere.page.getByRole('link', { name: 'Profil' }).click();
  await expect(elsewhere.page.getByLabel('Langue de cette application')).toHaveValue('fr');
  await expect(elsewhere.page.getByRole('group', { name: 'Langues dans lesquelles vous travaillez' }).getByRole('checkbox', { name: 'allemand / Deutsch' })).toBeChecked();
});
