import type { Message } from '@fourmi/ui';

export const auditEn = {
  'audit.agreement': 'Agreement with the consensus',
  'audit.rejected': 'Rejected',
  'audit.earned': 'Accepted rewards',
  'audit.history': 'Week by week',
  'audit.noHistory': 'No answers yet.',
  'audit.week': 'Week of',
  'audit.answers': 'Answers',
  'audit.goldAccuracy': 'Gold accuracy',
  'audit.flags': 'Flags',
} satisfies Record<string, Message>;

export const auditFr: Record<keyof typeof auditEn, Message> = {
  'audit.agreement': 'Accord avec le consensus',
  'audit.rejected': 'Refusées',
  'audit.earned': 'Récompenses acceptées',
  'audit.history': 'Semaine par semaine',
  'audit.noHistory': 'Pas encore de réponse.',
  'audit.week': 'Semaine du',
  'audit.answers': 'Réponses',
  'audit.goldAccuracy': 'Justesse sur les contrôles',
  'audit.flags': 'Signalements',
};
