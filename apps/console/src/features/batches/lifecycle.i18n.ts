import type { Message } from '@fourmi/ui';

export const batchLifecycleEn = {
  'batches.pause': 'Pause',
  'batches.resume': 'Resume',
  'batches.complete': 'Complete',
  'batches.cancelBatch': 'Cancel batch',
  'batches.pauseNamed': 'Pause {name}',
  'batches.resumeNamed': 'Resume {name}',
  'batches.completeNamed': 'Complete {name}',
  'batches.cancelNamed': 'Cancel batch {name}',
  'batches.confirmComplete': 'Confirm complete',
  'batches.confirmCancel': 'Confirm cancel',
  'batches.keep': 'Keep it running',
  'batches.completeHint': 'Completing ends the batch with the answers collected so far and returns the unused reserve to your balance.',
  'batches.cancelHint': 'Cancelling ends the batch now: no more answers are collected and the unused reserve returns to your balance.',
};

export const batchLifecycleFr: Record<keyof typeof batchLifecycleEn, Message> = {
  'batches.pause': 'Mettre en pause',
  'batches.resume': 'Reprendre',
  'batches.complete': 'Terminer',
  'batches.cancelBatch': 'Annuler le lot',
  'batches.pauseNamed': 'Mettre en pause {name}',
  'batches.resumeNamed': 'Reprendre {name}',
  'batches.completeNamed': 'Terminer {name}',
  'batches.cancelNamed': 'Annuler le lot {name}',
  'batches.confirmComplete': 'Confirmer la fin',
  'batches.confirmCancel': 'Confirmer l’annulation',
  'batches.keep': 'Le laisser tourner',
  'batches.completeHint': 'Terminer clôt le lot avec les réponses déjà reçues et rend la réserve inutilisée à votre solde.',
  'batches.cancelHint': 'Annuler clôt le lot tout de suite : plus aucune réponse n’est collectée et la réserve inutilisée revient à votre solde.',
};
