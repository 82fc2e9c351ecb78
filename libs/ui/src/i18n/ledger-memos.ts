import type { LedgerMemoKey } from '@fourmi/task-kinds';
import type { Message } from './core';

/**
 * The ledger memos of @fourmi/task-kinds (LEDGER_MEMOS, the English the API stores) in French. Typed
 * by the key list, so a memo added there without its French fails to compile.
 */
export const ledgerMemosFr: Record<LedgerMemoKey, Message> = {
  'memo.topUp': 'Recharge par carte',
  'memo.topUpSandbox': 'Recharge (bac à sable, sans argent réel)',
  'memo.escrow': { one: 'Réserve pour un lot de {count} élément', other: 'Réserve pour un lot de {count} éléments' },
  'memo.escrowReturned': 'Réserve inutilisée rendue',
  'memo.accepted': { one: 'Réponse acceptée : {projects}', other: '{count} réponses acceptées : {projects}' },
  'memo.rejectedReturned': 'Réserve des réponses refusées rendue',
  'memo.overturnedReserved': 'Réserve reconstituée pour des réponses acceptées en appel',
  'memo.bonus': 'Prime : {message}',
  'memo.fairPay': 'Prime : complément de juste rémunération, la rémunération mesurée de {hourlyCents}/h étant sous le minimum de {minimumCents}/h',
  'memo.holdReleased': 'Fin de la période de rétention : disponible',
  'memo.adminCredit': 'Crédit par un administrateur : {reason}',
  'memo.adminRefund': 'Remboursement par un administrateur : {reason}',
  'memo.payoutRequested': 'Versement demandé',
  'memo.payoutSent': 'Versement envoyé sur votre compte Stripe',
  'memo.payoutSentSandbox': 'Versement envoyé (bac à sable, sans argent réel)',
  'memo.payoutFailed': 'Versement échoué, argent rendu : {reason}',
  'memo.payoutReversed': 'Versement annulé, argent rendu',
};
