import type { Message } from '@fourmi/ui';

/** The user's own account page. */
export const accountEn = {
  'account.title': 'Your account',
  'account.signedInAs': 'Signed in as {name} ({email}).',
  'account.password': 'Password',
} satisfies Record<string, Message>;

export const accountFr: Record<keyof typeof accountEn, Message> = {
  'account.title': 'Votre compte',
  'account.signedInAs': 'Connecté·e en tant que {name} ({email}).',
  'account.password': 'Mot de passe',
};
