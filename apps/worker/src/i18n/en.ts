import { earningsPageEn } from '../features/earnings/earnings.i18n';
import { standingEn } from '../features/standing/standing.i18n';
import { profileEn } from '../features/profile/profile.i18n';
import { contestsEn } from '../features/contests/contests.i18n';

/** Every string of the worker app in English; fr.ts must have the same keys (checked by tsc and a test). */
export const en = {
  ...earningsPageEn,
  ...standingEn,
  ...contestsEn,
  ...profileEn,
  'app.name': 'Fourmi Work',
  'nav.feed': 'Available work',

  'auth.signInTitle': 'Sign in',
  'auth.signInIntro': 'Sign in to pick up tasks and get paid for each answer.',
  'auth.notAWorker': 'This account is not a worker account. Create a worker account to do tasks.',
  'auth.noAccount': 'No account yet?',
  'auth.toSignUp': 'Create a worker account',
  'auth.signUpTitle': 'Create a worker account',
  'auth.signUpIntro': 'Do small tasks in your browser and earn money for each accepted answer.',
  'auth.haveAccount': 'Already have an account?',
  'auth.toSignIn': 'Sign in',

  'earnings.title': 'Your earnings',
  'earnings.earned': 'Earned',
  'earnings.submitted': 'Answers sent',
  'earnings.sandbox': 'Sandbox: no real money moves.',

  'feed.title': 'Available work',
  'feed.refresh': 'Refresh',
  'feed.empty': 'No work is available right now. Come back a little later.',
  'feed.listLabel': 'Projects',
  'feed.reward': 'Reward per task',
  'feed.available': 'Tasks available',
  'feed.start': 'Start',
  'feed.startFor': 'Start {name}',
  'feed.languagesHint': 'Projects for workers of given languages show here once your profile lists one of them.',
  'feed.toProfile': 'List the languages you work in',
  'feed.unsupported': 'This kind of task is not supported yet in this version.',

  'runner.title': 'Task',
  'runner.claiming': 'Getting a task…',
  'runner.refused': 'You cannot work on this project now',
  'runner.doneThisSession': { one: '{count} task done this session', other: '{count} tasks done this session' },
  'runner.instructions': 'Instructions',
  'runner.timeLeft': 'Time left:',
  'runner.leaseExpired': 'Time is up for this task. You can still answer: it is kept if the task is still free.',
  'runner.newTask': 'Get a new task',
  'runner.reward': 'Reward: {amount}',
  'runner.sent': 'Answer sent.',
  'runner.sentLabel': 'Answer “{label}” sent.',
  'runner.leaseLost': 'This task is no longer yours.',
  'runner.leaseExpiredHint': 'Your time for it ran out and another worker took it: your answer was not needed.',
  'runner.alreadySubmitted': 'This task was already answered.',
  'runner.skip': 'Skip this task',
  'runner.skipHint': 'You will not get it again.',
  'runner.skipped': 'Task skipped.',
  'runner.noMoreTasks': 'No more tasks in this project',
  'runner.noMoreTasksHint': 'You have done every task available to you here. Thank you!',
  'runner.backToFeed': 'Back to available work',
  'runner.checkAgain': 'Check again',
  'runner.stop': 'Stop and go back to available work',
};
