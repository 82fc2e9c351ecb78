import type { Message } from '@fourmi/ui';

/**
 * Refusals of whole operations the console words from the API's reason (`reason.<key>`); the English
 * says what the API's message says. Amounts (`…Cents`) arrive written as money, statuses as labelled.
 */
export const reasonsEn = {
  'reason.publish.short':
    'Publishing this batch reserves {totalCents} ({items} items × {answers} answers × {eachCents} with fees). Your balance is short by {shortCents}; top up and publish again.',
  'reason.batch.already': 'This batch is already “{status}”.',
  'reason.batch.cannotBecome': 'A batch that is “{fromStatus}” cannot become “{toStatus}”.',
  'reason.bonus.short': 'This bonus costs {totalCents} with fees; your balance is short by {shortCents}.',
  'reason.refund.aboveBalance': 'The balance is {balanceCents}; a refund cannot exceed it.',
};

export const reasonsFr: Record<keyof typeof reasonsEn, Message> = {
  'reason.publish.short':
    'Publier ce lot réserve {totalCents} ({items} éléments × {answers} réponses × {eachCents} frais compris). Il manque {shortCents} sur votre solde : rechargez-le, puis publiez de nouveau.',
  'reason.batch.already': 'Ce lot est déjà à l’état « {status} ».',
  'reason.batch.cannotBecome': 'Un lot à l’état « {fromStatus} » ne peut pas passer à l’état « {toStatus} ».',
  'reason.bonus.short': 'Cette prime coûte {totalCents} frais compris ; il manque {shortCents} sur votre solde.',
  'reason.refund.aboveBalance': 'Le solde est de {balanceCents} ; un remboursement ne peut pas le dépasser.',
};
