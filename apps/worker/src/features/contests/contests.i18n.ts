import type { Message } from '@fourmi/ui';

/** Strings of gold contests and of the training feedback that leads to them. */
export const contestsEn = {
  'contest.open': 'Contest this gold item',
  'contest.message': 'Why is the expected answer wrong?',
  'contest.hint': 'Between {min} and {max} characters. The project’s owner keeps or corrects the item; if corrected, your answers to it are scored again.',
  'contest.submit': 'Send the contest',
  'contest.cancel': 'Cancel',
  'contest.sent': 'Contest sent: the project’s owner will keep or correct this gold item.',
  'contest.messageTooShort': 'Explain in at least {min} characters.',
  'contest.messageTooLong': 'At most {max} characters.',
  'feedback.right': 'Right answer',
  'feedback.partial': 'Partly right ({percent})',
  'feedback.wrong': 'Not the expected answer',
  'feedback.intro': 'That was a training item with a known answer.',
  'feedback.expected': 'Expected answer:',
  'feedback.given': 'Your answer:',
  'feedback.explanation': 'Why:',
  'feedback.dismiss': 'Dismiss',
  'feedback.dismissHint': 'Press Escape to dismiss.',
};

export const contestsFr: Record<keyof typeof contestsEn, Message> = {
  'contest.open': 'Contester cet élément de contrôle',
  'contest.message': 'Pourquoi la réponse attendue est-elle fausse ?',
  'contest.hint': 'Entre {min} et {max} caractères. Le responsable du projet maintient ou corrige l’élément ; s’il est corrigé, vos réponses sont notées à nouveau.',
  'contest.submit': 'Envoyer la contestation',
  'contest.cancel': 'Annuler',
  'contest.sent': 'Contestation envoyée : le responsable du projet va maintenir ou corriger cet élément de contrôle.',
  'contest.messageTooShort': 'Expliquez en {min} caractères au moins.',
  'contest.messageTooLong': '{max} caractères au plus.',
  'feedback.right': 'Bonne réponse',
  'feedback.partial': 'En partie juste ({percent})',
  'feedback.wrong': 'Ce n’est pas la réponse attendue',
  'feedback.intro': 'C’était un élément d’entraînement dont la réponse est connue.',
  'feedback.expected': 'Réponse attendue :',
  'feedback.given': 'Votre réponse :',
  'feedback.explanation': 'Pourquoi :',
  'feedback.dismiss': 'Fermer',
  'feedback.dismissHint': 'Appuyez sur Échap pour fermer.',
};
