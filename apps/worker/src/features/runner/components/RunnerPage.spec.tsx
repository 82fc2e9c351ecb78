import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initialRunnerState, runnerReducer, type RunnerNotice } from '../hooks/runner-state';
import { ApiError } from '@fourmi/api-client';
import { WorkerReasons } from '../../errors/WorkerReasons';
import { Notice, SendError } from './RunnerPage';

describe('Notice', () => {
  const inFrench = (notice: RunnerNotice | null) =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <WorkerReasons>
          <Notice notice={notice} />
        </WorkerReasons>
      </I18nProvider>,
    );

  it('says in French, not in the API’s English, that the time ran out or the task was already answered', () => {
    const expired = inFrench({ kind: 'taskGone', reason: 'leaseExpired', message: 'Your time for this task ran out and another worker took it' });
    expect(expired).toContain('Cette tâche ne vous est plus réservée.');
    expect(expired).toContain('Votre temps était écoulé');
    expect(expired).not.toContain('Your time');

    const answered = inFrench({ kind: 'taskGone', reason: 'alreadySubmitted', message: 'You already answered this task' });
    expect(answered).toContain('Cette tâche a déjà reçu votre réponse.');
    expect(answered).not.toContain('You already answered');
  });

  it('says a task given back in French from its reason', () => {
    const givenBack = inFrench({
      kind: 'taskGone',
      reason: 'leaseLost',
      message: 'This task was given back and can no longer be answered',
      refusal: { key: 'task.givenBack', params: {} },
    });
    expect(givenBack).toContain('Cette tâche a été rendue et ne peut plus recevoir de réponse.');
    expect(givenBack).not.toContain('given back');
  });

  it('says the refusals of an answer the API sends with their reasons as the runner always has, in French', () => {
    const gone = (error: ApiError) => {
      const working = runnerReducer(initialRunnerState, { type: 'claimSucceeded', assignment: null });
      return inFrench(runnerReducer(working, { type: 'submitFailed', error }).notice);
    };
    const reason = (key: string) => ({ key, params: {} });
    const expired = gone(new ApiError('Your time for this task ran out and another worker took it; your answer was not needed', 'LEASE_EXPIRED', [], 200, reason('task.leaseExpired')));
    expect(expired).toContain('Votre temps était écoulé et quelqu’un d’autre l’a prise');
    expect(expired).not.toContain('Your time');
    const answered = gone(new ApiError('You already answered this task', 'ALREADY_SUBMITTED', [], 200, reason('task.alreadyAnswered')));
    expect(answered).toContain('Cette tâche a déjà reçu votre réponse.');
    expect(answered).not.toContain('You already answered');
  });

  it('keeps the API’s words for a reason it alone can name', () => {
    expect(inFrench({ kind: 'taskGone', reason: 'leaseLost', message: 'This task was given back and can no longer be answered' })).toContain('This task was given back');
    expect(inFrench({ kind: 'taskGone', reason: 'leaseLost', message: 'Something new', refusal: { key: 'task.somethingNew', params: {} } })).toContain('Something new');
  });
});

describe('SendError', () => {
  it('asks in French to send the answer again when the API could not store it just now', () => {
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <SendError error={new ApiError('This task kept changing while your answer was stored; send it again', 'TRY_AGAIN')} />
      </I18nProvider>,
    );
    expect(html).toContain('envoyez-la à nouveau');
    expect(html).not.toContain('kept changing');
  });

  it('still asks so when the API names its reason', () => {
    const error = new ApiError('This task kept changing while your answer was stored; send it again', 'TRY_AGAIN', [], 200, { key: 'task.tryAgain', params: {} });
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <WorkerReasons>
          <SendError error={error} />
        </WorkerReasons>
      </I18nProvider>,
    );
    expect(html).toContain('envoyez-la à nouveau');
    expect(html).not.toContain('kept changing');
  });
});
