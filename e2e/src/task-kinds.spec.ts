import { expect, test, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages/console.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

/** Fails the test if the mouse is used inside a task: every answer below is given with the keyboard. */
async function forbidMouseInTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'click']) {
      window.addEventListener(
        type,
        (event) => {
          if (event.isTrusted && event.target instanceof Element && event.target.closest('.task')) {
            (window as unknown as { mouseInTask?: boolean }).mouseInTask = true;
          }
        },
        true,
      );
    }
  });
}

/** The words of these elements' text that the layout breaks across two lines. */
function cutWords(texts: Locator): Promise<string[]> {
  return texts.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const node = element.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return [];
      const text = node.textContent ?? '';
      return [...text.matchAll(/\S+/g)].flatMap((word) => {
        const range = document.createRange();
        range.setStart(node, word.index ?? 0);
        range.setEnd(node, (word.index ?? 0) + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return lines.size > 1 ? [word[0]] : [];
      });
    }),
  );
}

test('a worker completes one task of every kind with the keyboard alone, and the requester sees the answers', async ({ browser }) => {
  const tab = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await forbidMouseInTasks(tab);
  const worker = new WorkerPage(tab);
  await worker.signIn('worker@fourmi.test', DEMO_PASSWORD);
  const keys = tab.keyboard;
  const back = async () => {
    await tab.goto('/');
    await expect(tab.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  };

  // Multi-label (moderation preset): toggle two policies by their keys, Enter sends.
  await worker.open('Demo — Comment moderation');
  // "Nothing wrong" stands alone: the 7 policies are the most that go together.
  await expect(worker.task.getByText('Choose from 1 to 7 labels.')).toBeVisible();
  await keys.press('Enter'); // nothing chosen yet: refused with a message, nothing sent
  await expect(worker.task.getByRole('alert')).toHaveText('Choose at least 1 label.');
  await keys.press('1');
  await keys.press('7');
  await expect(worker.task.getByRole('button', { name: 'Spam or scam' })).toHaveAttribute('aria-pressed', 'true');
  await keys.press('Enter');
  await worker.expectDone(1);
  await back();

  // Sentiment (a preset of classification): one key answers.
  await worker.open('Demo — Tweet mood');
  await keys.press('5');
  await worker.expectDone(1);
  await back();

  // Categorisation: type to search, Enter chooses the leaf, Enter again sends.
  await worker.open('Demo — Shop categories');
  await expect(worker.task.getByTestId('task-text')).toHaveText('Stainless steel electric kettle, 1.7 L');
  await keys.type('kettl');
  await expect(worker.task.getByRole('option', { selected: true })).toContainText('Kettles');
  await keys.press('Enter');
  await expect(worker.task.getByTestId('chosen-path')).toHaveText(/Home & kitchen.*Kitchen appliances.*Kettles/);
  await keys.press('Enter');
  await worker.expectDone(1);
  await back();

  // UI feedback: Tab to the screenshot, move the crosshair, Space marks; 2 rates, 3 picks "broken", type, Ctrl+Enter.
  await worker.open('Demo — Mobile shop screens');
  // The demo media are generated and served by the API itself.
  await expect.poll(() => worker.task.getByRole('img', { name: 'Screenshot of the interface to review' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // On a 390-pixel phone (two columns of categories), every category's words stay inside their button.
  await tab.setViewportSize({ width: 390, height: 844 });
  const overflowing = await worker.task.locator('.task-label').evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
  expect(overflowing).toEqual([]);
  // On a desktop window there is room: no category has a word cut in two ("Accessibilit / y").
  await tab.setViewportSize({ width: 1280, height: 860 });
  expect(await cutWords(worker.task.locator('.task-label > span'))).toEqual([]);
  await tab.setViewportSize({ width: 360, height: 780 });
  const clip = await tab.request.get('/media/demo/clip-1.wav');
  expect([clip.status(), clip.headers()['content-type']]).toEqual([200, 'audio/wav']);
  expect((await tab.request.get('/media/demo/missing.wav')).status()).toBe(404);
  for (let i = 0; i < 5 && !(await worker.task.getByTestId('crosshair').isVisible()); i++) await keys.press('Tab');
  await expect(worker.task.getByTestId('crosshair')).toBeVisible();
  await keys.press('Shift+ArrowDown');
  await keys.press('Shift+ArrowDown');
  await keys.press('Shift+ArrowDown');
  await keys.press('Space');
  await expect(worker.task.getByTestId('marks')).toHaveText('1 mark (at most 5).');
  await keys.press('2');
  await keys.press('3');
  await expect(worker.task.getByRole('button', { name: 'Something is broken' })).toHaveAttribute('aria-pressed', 'true');
  await keys.type('Too short');
  await keys.press('Control+Enter'); // 9 characters: refused, the count says why
  await expect(worker.task.getByText('9 characters, at least 10.')).toBeVisible();
  await keys.type(': the Pay button hides under the footer.');
  await keys.press('Control+Enter');
  await worker.expectDone(1);
  await back();

  // Audio: k plays, a label by its key, t goes to the transcript, Ctrl+Enter sends.
  await worker.open('Demo — Voice requests');
  await keys.press('k');
  await keys.press('1');
  await expect(worker.task.getByRole('button', { name: 'Question' })).toHaveAttribute('aria-pressed', 'true');
  await keys.press('t');
  await keys.type('three rising beeps');
  await keys.press('Control+Enter');
  await worker.expectDone(1);

  expect(await tab.evaluate(() => (window as unknown as { mouseInTask?: boolean }).mouseInTask ?? false)).toBe(false);

  // The requester sees each stored answer in the project's results.
  const requester = new ConsolePage(await browser.newPage());
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  // Each answer is shown in the requester's own words: label texts, taxonomy labels, category texts.
  const expected: [string, (string | RegExp)[]][] = [
    ['Demo — Comment moderation', ['Hate speech, Spam or scam']],
    ['Demo — Tweet mood', ['Very positive']],
    ['Demo — Shop categories', ['Home & kitchen › Kitchen appliances › Kettles']],
    ['Demo — Mobile shop screens', ['★★ Something is broken · “Too short: the Pay button hides under the footer.” (1 ✕)']],
    ['Demo — Voice requests', ['Question']],
  ];
  for (const [project, parts] of expected) {
    await requester.openProject(project);
    for (const part of parts) await expect(requester.results).toContainText(part);
  }
});
