import type { Message } from '@fourmi/ui';

/** The list of workers to review. */
export const toReviewEn = {
  'toReview.title': 'Workers to review',
  'toReview.intro': 'Flagged or banned in the last 30 days, or under 70% gold accuracy over 5 gold answers or more. Most flagged first.',
  'toReview.none': 'No worker needs a look right now.',
  'toReview.col.worker': 'Worker',
  'toReview.col.flags': 'Flags (30 days)',
  'toReview.col.lastFlag': 'Last flag',
  'toReview.col.gold': 'Gold accuracy',
  'toReview.col.status': 'Status',
  'toReview.gold': '{share} of {count}',
  'toReview.banned': 'Banned',
  'toReview.active': 'Active',
  'toReview.audit': 'Audit',
  'toReview.auditWho': 'Audit {name}',
};

export const toReviewFr: Record<keyof typeof toReviewEn, Message> = {
  'toReview.title': 'Travailleurs à examiner',
  'toReview.intro': 'Signalés ou exclus ces 30 derniers jours, ou sous 70 % de réussite sur l’or après au moins 5 réponses d’or. Les plus signalés d’abord.',
  'toReview.none': 'Aucun travailleur ne demande d’attention pour le moment.',
  'toReview.col.worker': 'Travailleur',
  'toReview.col.flags': 'Signalements (30 jours)',
  'toReview.col.lastFlag': 'Dernier signalement',
  'toReview.col.gold': 'Réussite sur l’or',
  'toReview.col.status': 'État',
  'toReview.gold': '{share} sur {count}',
  'toReview.banned': 'Exclu',
  'toReview.active': 'Actif',
  'toReview.audit': 'Examiner',
  'toReview.auditWho': 'Examiner {name}',
};
