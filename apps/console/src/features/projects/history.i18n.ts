import type { Message } from '@fourmi/ui';

/** A project's edits: on its page for the requester, in the audit trail for admins. */
export const projectEditsEn = {
  'projectEdits.title': 'Edit history',
  'projectEdits.intro': 'Every change of the name, instructions or gold share, newest first. Admins see it too when they settle an appeal.',
  'projectEdits.none': 'No edits yet: the project is as it was created.',
  'projectEdits.field.NAME': 'Name',
  'projectEdits.field.INSTRUCTIONS': 'Instructions',
  'projectEdits.field.GOLD_RATIO': 'Gold items',
  'projectEdits.fromTo': '“{before}” → “{after}”',
  'projectEdits.goldFromTo': '{before} → {after}',
  'projectEdits.empty': '(empty)',
  'projectEdits.removed': 'Removed',
  'projectEdits.added': 'Added',
  'projectEdits.moreLines': { one: '… and {count} more line', other: '… and {count} more lines' },
  'projectEdits.both': 'Both versions in full',
  'projectEdits.before': 'Before',
  'projectEdits.after': 'After',
  'projectEdits.older': 'Older edits',
  'projectEdits.newer': 'Newer edits',
  'projectEdits.pages': 'Pages of the edit history',
} satisfies Record<string, Message>;

export const projectEditsFr: Record<keyof typeof projectEditsEn, Message> = {
  'projectEdits.title': 'Historique des modifications',
  'projectEdits.intro': 'Chaque changement du nom, des consignes ou de la part de contrôles, du plus récent au plus ancien. Les administrateurs le voient aussi quand ils tranchent une contestation.',
  'projectEdits.none': 'Aucune modification : le projet est tel qu’il a été créé.',
  'projectEdits.field.NAME': 'Nom',
  'projectEdits.field.INSTRUCTIONS': 'Consignes',
  'projectEdits.field.GOLD_RATIO': 'Items de contrôle',
  'projectEdits.fromTo': '« {before} » → « {after} »',
  'projectEdits.goldFromTo': '{before} → {after}',
  'projectEdits.empty': '(vide)',
  'projectEdits.removed': 'Retiré',
  'projectEdits.added': 'Ajouté',
  'projectEdits.moreLines': { one: '… et {count} autre ligne', other: '… et {count} autres lignes' },
  'projectEdits.both': 'Les deux versions en entier',
  'projectEdits.before': 'Avant',
  'projectEdits.after': 'Après',
  'projectEdits.older': 'Modifications plus anciennes',
  'projectEdits.newer': 'Modifications plus récentes',
  'projectEdits.pages': 'Pages de l’historique des modifications',
};
