import type { Message } from '@fourmi/ui';

/** The admins' audit of the ledger and payouts. */
export const ledgerEn = {
  'ledger.title': 'Ledger and payouts',
  'ledger.intro': 'Checks every money rule on one snapshot: each transaction sums to zero, balances match their entries, no balance is negative, escrow covers what awaits review, each payout and top-up is posted once.',
  'ledger.run': 'Run the checks',
  'ledger.runAgain': 'Run again',
  'ledger.sound': 'The ledger is sound: {transactions} transactions over {accounts} accounts, checked {at}.',
  'ledger.broken': { one: '{count} problem found, checked {at}', other: '{count} problems found, checked {at}' },
  'ledger.payouts': 'Latest payouts (in flight or failed first)',
  'ledger.noPayouts': 'No payout yet.',
  'ledger.col.worker': 'Worker',
  'ledger.col.amount': 'Amount',
  'ledger.col.status': 'Status',
  'ledger.col.when': 'Asked',
  'ledger.status.PENDING': 'In flight',
  'ledger.status.PAID': 'Paid',
  'ledger.status.FAILED': 'Failed',
  'ledger.status.REVERSED': 'Reversed',
};

export const ledgerFr: Record<keyof typeof ledgerEn, Message> = {
  'ledger.title': 'Grand livre et versements',
  'ledger.intro': 'Vérifie chaque règle de l’argent sur un même instantané : chaque opération s’équilibre, les soldes correspondent à leurs écritures, aucun solde n’est négatif, le séquestre couvre ce qui attend une revue, chaque versement et chaque approvisionnement est inscrit une fois.',
  'ledger.run': 'Lancer les vérifications',
  'ledger.runAgain': 'Relancer',
  'ledger.sound': 'Le grand livre est sain : {transactions} opérations sur {accounts} comptes, vérifié {at}.',
  'ledger.broken': { one: '{count} problème trouvé, vérifié {at}', other: '{count} problèmes trouvés, vérifié {at}' },
  'ledger.payouts': 'Derniers versements (en cours ou échoués d’abord)',
  'ledger.noPayouts': 'Aucun versement pour le moment.',
  'ledger.col.worker': 'Travailleur',
  'ledger.col.amount': 'Montant',
  'ledger.col.status': 'État',
  'ledger.col.when': 'Demandé',
  'ledger.status.PENDING': 'En cours',
  'ledger.status.PAID': 'Versé',
  'ledger.status.FAILED': 'Échoué',
  'ledger.status.REVERSED': 'Annulé',
};
