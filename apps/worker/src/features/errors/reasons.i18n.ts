import type { Message } from '@fourmi/ui';

/**
 * Refusals of whole operations the worker app words from the API's reason (`reason.<key>`); the
 * English says what the API's message says. Amounts (`…Cents`) arrive written as money.
 */
export const reasonsEn = {
  'reason.payout.noAccount': 'Connect a payout account first.',
  'reason.payout.atMost': 'You can withdraw at most {maxCents}.',
  'reason.appeal.already': 'You already appealed this rejection; an appeal is possible once.',
  'reason.appeal.notRejected': 'Only a rejected answer can be appealed.',
  'reason.contest.already': 'You already contested this gold item.',
};

export const reasonsFr: Record<keyof typeof reasonsEn, Message> = {
  'reason.payout.noAccount': 'Connectez d’abord un compte de versement.',
  'reason.payout.atMost': 'Vous pouvez retirer au plus {maxCents}.',
  'reason.appeal.already': 'Vous avez déjà contesté ce refus ; une seule contestation est possible.',
  'reason.appeal.notRejected': 'Seule une réponse refusée peut être contestée.',
  'reason.contest.already': 'Vous avez déjà contesté cet élément de contrôle.',
};
