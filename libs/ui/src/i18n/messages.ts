import { FIELD_PROBLEMS, LEDGER_MEMOS } from '@fourmi/task-kinds';
import type { Message } from './core';
import { fieldProblemsFr } from './field-problems';
import { ledgerMemosFr } from './ledger-memos';
import { levelNamesEn, levelNamesFr } from './level-names';
import { createI18n } from './I18nProvider';

/** Strings of the shared components. */
export const uiEn = {
  'ui.loading': 'Loading…',
  'ui.language': 'Language',
  'ui.signOut': 'Sign out',
  'ui.account': 'Account',
  'ui.signedInAs': 'Signed in as {name}',
  'ui.skipToContent': 'Skip to content',
  'ui.mainNav': 'Main',
  'ui.retry': 'Try again',
  'ui.error.NETWORK_ERROR': 'The server cannot be reached. Check your connection and try again.',
  'ui.error.SERVER_ERROR': 'The server had a problem. Please try again in a moment.',
  'ui.error.FORBIDDEN': 'You are not allowed to do this.',
  'ui.error.fields': 'Please correct the fields marked below.',
  'ui.error.listed': 'Nothing was saved. Please correct these problems:',
  'ui.error.atField': '{field}: {problem}',
  'ui.error.atRow': 'Row {row}: {problem}',
  'ui.error.atRowField': 'Row {row} ({field}): {problem}',
  'ui.notFound': 'This page does not exist.',
  'ui.backHome': 'Back to the start page',
  'ui.instructionsThen': 'The instructions changed after this answer (on {at}): as they were when answering',
  'ui.instructionsThen.none': 'There were no instructions then.',
  'ui.auth.email': 'Email',
  'ui.auth.password': 'Password',
  'ui.auth.passwordHint': 'At least 10 characters.',
  'ui.auth.displayName': 'Your name',
  'ui.auth.signIn': 'Sign in',
  'ui.auth.signUp': 'Create my account',
  'ui.auth.wrongCredentials': 'Wrong email or password.',
  'ui.auth.emailTaken': 'An account with this email already exists.',
  'ui.auth.signInInstead': 'Sign in with it instead',
  // Under "This account is suspended.", the reason the admin gave.
  'ui.auth.suspendedReason': 'Reason: {reason}',
  'ui.password.current': 'Current password',
  'ui.password.new': 'New password',
  'ui.password.confirm': 'Confirm the new password',
  'ui.password.mismatch': 'The two new passwords differ.',
  'ui.password.submit': 'Change my password',
  'ui.password.intro': 'You stay signed in here; everywhere else (other devices and browsers) your account is signed out.',
  'ui.password.changed': 'Your password was changed and your other sessions were signed out. Elsewhere, sign in again with the new password.',
  // Quality flags, as the API words their detail in English.
  'ui.flag.FAST_ANSWER': 'Answered in {seconds} s; this project expects at least {minSeconds} s',
  // Plural by `count`, the items agreed: French nouns agree with it ("1 élément sur 10").
  'ui.flag.LOW_AGREEMENT': {
    one: 'Your answers agreed with the consensus on {agreed} of {items} items ({share}); this project expects {expected}',
    other: 'Your answers agreed with the consensus on {agreed} of {items} items ({share}); this project expects {expected}',
  },
  ...levelNamesEn,
  ...FIELD_PROBLEMS,
  ...LEDGER_MEMOS,
};

export const uiFr: Record<keyof typeof uiEn, Message> = {
  'ui.loading': 'Chargement…',
  'ui.language': 'Langue',
  'ui.signOut': 'Se déconnecter',
  'ui.account': 'Compte',
  'ui.signedInAs': 'Connecté·e en tant que {name}',
  'ui.skipToContent': 'Aller au contenu',
  'ui.mainNav': 'Navigation principale',
  'ui.retry': 'Réessayer',
  'ui.error.NETWORK_ERROR': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  'ui.error.SERVER_ERROR': 'Le serveur a rencontré un problème. Réessayez dans un instant.',
  'ui.error.FORBIDDEN': 'Vous n’avez pas le droit de faire cela.',
  'ui.error.fields': 'Merci de corriger les champs signalés ci-dessous.',
  'ui.error.listed': 'Rien n’a été enregistré. Merci de corriger ces problèmes :',
  'ui.error.atField': '{field} : {problem}',
  'ui.error.atRow': 'Ligne {row} : {problem}',
  'ui.error.atRowField': 'Ligne {row} ({field}) : {problem}',
  'ui.notFound': 'Cette page n’existe pas.',
  'ui.backHome': 'Retour à l’accueil',
  'ui.instructionsThen': 'Les consignes ont changé après cette réponse (le {at}) : telles qu’elles étaient au moment de répondre',
  'ui.instructionsThen.none': 'Il n’y avait pas de consignes alors.',
  'ui.auth.email': 'E-mail',
  'ui.auth.password': 'Mot de passe',
  'ui.auth.passwordHint': 'Au moins 10 caractères.',
  'ui.auth.displayName': 'Votre nom',
  'ui.auth.signIn': 'Se connecter',
  'ui.auth.signUp': 'Créer mon compte',
  'ui.auth.wrongCredentials': 'E-mail ou mot de passe incorrect.',
  'ui.auth.emailTaken': 'Un compte existe déjà avec cet e-mail.',
  'ui.auth.signInInstead': 'Se connecter plutôt avec cet e-mail',
  'ui.auth.suspendedReason': 'Motif : {reason}',
  'ui.password.current': 'Mot de passe actuel',
  'ui.password.new': 'Nouveau mot de passe',
  'ui.password.confirm': 'Confirmez le nouveau mot de passe',
  'ui.password.mismatch': 'Les deux nouveaux mots de passe diffèrent.',
  'ui.password.submit': 'Changer mon mot de passe',
  'ui.password.intro': 'Vous restez connecté·e ici ; ailleurs (autres appareils et navigateurs), votre compte est déconnecté.',
  'ui.password.changed': 'Votre mot de passe a été changé et vos autres sessions ont été fermées. Ailleurs, reconnectez-vous avec le nouveau mot de passe.',
  'ui.flag.FAST_ANSWER': 'Réponse donnée en {seconds} s ; ce projet attend au moins {minSeconds} s.',
  'ui.flag.LOW_AGREEMENT': {
    one: 'Vos réponses concordent avec le consensus pour {agreed} élément sur {items} ({share}) ; ce projet attend {expected}.',
    other: 'Vos réponses concordent avec le consensus pour {agreed} éléments sur {items} ({share}) ; ce projet attend {expected}.',
  },
  ...levelNamesFr,
  ...fieldProblemsFr,
  ...ledgerMemosFr,
};

export const uiI18n = createI18n({ en: uiEn, fr: uiFr });
export const useUiT = uiI18n.useT;
