import type { Message } from '@fourmi/ui';

/** An appeal as the admin deciding it reads it: who, their answer and the rejection's evidence in words. */
export const appealsEn = {
  'appeals.worker': 'Worker: {name} ({email})',
  'appeals.item': 'The task',
  'appeals.answer': 'Their answer',
  'appeals.consensus': 'The item’s consensus',
  'appeals.time': 'Time taken',
  'appeals.timeValue': '{taken} s; the project’s median is {median} s',
  'appeals.timeAlone': '{taken} s',
  'appeals.failedGold': { one: 'Gold item missed lately', other: '{count} gold items missed lately' },
  'appeals.goldLine': '“{item}”: expected {expected}, answered {given}',
  'appeals.noFailedGold': 'No gold item missed lately.',
  'held.workers': 'Whose answers:',
  'held.worker': { one: '{name} ({email}): {count} answer', other: '{name} ({email}): {count} answers' },
};

export const appealsFr: Record<keyof typeof appealsEn, Message> = {
  'appeals.worker': 'Travailleur : {name} ({email})',
  'appeals.item': 'La tâche',
  'appeals.answer': 'Sa réponse',
  'appeals.consensus': 'Consensus sur l’élément',
  'appeals.time': 'Temps pris',
  'appeals.timeValue': '{taken} s ; la médiane du projet est de {median} s',
  'appeals.timeAlone': '{taken} s',
  'appeals.failedGold': { one: 'Élément de contrôle manqué récemment', other: '{count} éléments de contrôle manqués récemment' },
  'appeals.goldLine': '« {item} » : attendu {expected}, répondu {given}',
  'appeals.noFailedGold': 'Aucun élément de contrôle manqué récemment.',
  'held.workers': 'Réponses de :',
  'held.worker': { one: '{name} ({email}) : {count} réponse', other: '{name} ({email}) : {count} réponses' },
};
