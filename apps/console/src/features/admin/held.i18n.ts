import type { Message } from '@fourmi/ui';

/** Held mass rejections and sending a worker's answers back. */
export const heldEn = {
  'held.title': 'Held rejections',
  'held.none': 'No rejection is held.',
  'held.count': { one: '{count} answer', other: '{count} answers' },
  'held.reason': 'Requester’s reason: {reason}',
  'held.why': 'Held because: {why}',
  'held.why.batch': '{rejected} of the batch’s {answers} answers would be rejected (over {share})',
  'held.why.worker': '{rejected} of one worker’s {answers} answers in this batch would be rejected (over {share})',
  'held.note': 'Note (kept in the audit trail)',
  'held.approve': 'Approve: reject the answers',
  'held.decline': 'Decline',
  'held.approved': 'Approved: the answers are rejected.',
  'held.declined': 'Declined: the answers stay as they were.',
  'returnAnswers.title': 'Send this worker’s unreviewed answers back',
  'returnAnswers.intro': 'Their answers of the project not yet reviewed are unpaid and given to other workers to redo.',
  'returnAnswers.projectId': 'Project id',
  'returnAnswers.reason': 'Reason (kept in the audit trail)',
  'returnAnswers.submit': 'Send the answers back',
  'returnAnswers.done': { one: '{count} answer sent back.', other: '{count} answers sent back.' },
};

export const heldFr: Record<keyof typeof heldEn, Message> = {
  'held.title': 'Refus retenus',
  'held.none': 'Aucun refus n’est retenu.',
  'held.count': { one: '{count} réponse', other: '{count} réponses' },
  'held.reason': 'Motif du demandeur : {reason}',
  'held.why': 'Retenu parce que : {why}',
  'held.why.batch': '{rejected} des {answers} réponses du lot seraient refusées (plus de {share})',
  'held.why.worker': '{rejected} des {answers} réponses d’un travailleur dans ce lot seraient refusées (plus de {share})',
  'held.note': 'Note (conservée dans le journal d’audit)',
  'held.approve': 'Approuver : refuser les réponses',
  'held.decline': 'Décliner',
  'held.approved': 'Approuvé : les réponses sont refusées.',
  'held.declined': 'Décliné : les réponses restent inchangées.',
  'returnAnswers.title': 'Renvoyer les réponses non relues de ce travailleur',
  'returnAnswers.intro': 'Ses réponses au projet pas encore relues ne sont pas payées et sont confiées à d’autres travailleurs.',
  'returnAnswers.projectId': 'Identifiant du projet',
  'returnAnswers.reason': 'Motif (conservé dans le journal d’audit)',
  'returnAnswers.submit': 'Renvoyer les réponses',
  'returnAnswers.done': { one: '{count} réponse renvoyée.', other: '{count} réponses renvoyées.' },
};
