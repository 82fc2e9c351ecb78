import type { Message } from '@fourmi/ui';

/** The user's own account page. */
export const accountEn = {
  'account.title': 'Your account',
  'account.signedInAs': 'Signed in as {name} ({email}).',
  'account.password': 'Password',
  'account.myData': 'Your data',
  'account.myDataIntro': 'Download a copy of the data Fourmi holds on you, in one file you can keep or take to another service. It holds:',
  'account.myDataAccount': 'your account: email, name, roles, the date you joined, and its status;',
  'account.myDataMoney': 'your balance lines and top-ups;',
  'account.myDataAudit': 'what you did (your projects’ edits, an admin’s decisions) and what admins did about your account.',
  'account.myDataFormat': 'JSON Lines: one record per line, each with a "type". Your projects’ results are downloaded from each project’s page. The download starts at once.',
  'account.myDataDownload': 'Download my data',
} satisfies Record<string, Message>;

export const accountFr: Record<keyof typeof accountEn, Message> = {
  'account.title': 'Votre compte',
  'account.signedInAs': 'Connecté·e en tant que {name} ({email}).',
  'account.password': 'Mot de passe',
  'account.myData': 'Vos données',
  'account.myDataIntro': 'Téléchargez une copie des données que Fourmi détient sur vous, dans un fichier que vous pouvez garder ou apporter à un autre service. Il contient :',
  'account.myDataAccount': 'votre compte : e-mail, nom, rôles, date d’inscription et statut ;',
  'account.myDataMoney': 'vos lignes de solde et vos rechargements ;',
  'account.myDataAudit': 'ce que vous avez fait (les modifications de vos projets, les décisions d’un administrateur) et ce que les administrateurs ont fait concernant votre compte.',
  'account.myDataFormat': 'JSON Lines : un enregistrement par ligne, chacun avec un « type ». Les résultats de vos projets se téléchargent depuis la page de chaque projet. Le téléchargement commence tout de suite.',
  'account.myDataDownload': 'Télécharger mes données',
};
