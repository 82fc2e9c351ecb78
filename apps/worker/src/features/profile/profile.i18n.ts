import type { Message } from '@fourmi/ui';

export const profileEn = {
  'nav.profile': 'Profile',
  'profile.title': 'Your profile',
  'profile.intro': 'Your name, the languages you work in, the language of this app, and your password.',
  'profile.displayName': 'Your name',
  'profile.nameInvalid': 'Enter a name of 1 to 80 characters.',
  'profile.languages': 'Languages you work in',
  'profile.languagesHint':
    'Some projects are for workers of given languages: they only show in your available work if you list one of their languages here.',
  'profile.languagesChosen': 'Your languages: {list}',
  'profile.noLanguages': 'None yet: you see only the projects open to every language.',
  'profile.tooManyLanguages': 'Choose at most {max} languages.',
  'profile.locale': 'Language of this app',
  'profile.localeHint': 'Kept on your account: the app speaks it when you sign in, on any device.',
  'profile.save': 'Save my profile',
  'profile.saved': 'Your profile is saved.',
  'profile.password': 'Password',
};

export const profileFr: Record<keyof typeof profileEn, Message> = {
  'nav.profile': 'Profil',
  'profile.title': 'Votre profil',
  'profile.intro': 'Votre nom, les langues dans lesquelles vous travaillez, la langue de cette application et votre mot de passe.',
  'profile.displayName': 'Votre nom',
  'profile.nameInvalid': 'Saisissez un nom de 1 à 80 caractères.',
  'profile.languages': 'Langues dans lesquelles vous travaillez',
  'profile.languagesHint':
    'Certains projets sont réservés à des langues données : ils n’apparaissent dans votre travail disponible que si vous indiquez ici l’une de leurs langues.',
  'profile.languagesChosen': 'Vos langues : {list}',
  'profile.noLanguages': 'Aucune pour l’instant : vous ne voyez que les projets ouverts à toutes les langues.',
  'profile.tooManyLanguages': 'Choisissez au plus {max} langues.',
  'profile.locale': 'Langue de cette application',
  'profile.localeHint': 'Gardée sur votre compte : l’application la parle quand vous vous connectez, sur tout appareil.',
  'profile.save': 'Enregistrer mon profil',
  'profile.saved': 'Votre profil est enregistré.',
  'profile.password': 'Mot de passe',
};
