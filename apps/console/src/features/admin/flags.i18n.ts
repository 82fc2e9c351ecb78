import type { Message } from '@fourmi/ui';

/** The worker audit's flags, grouped by kind. */
export const flagsEn = {
  'flags.kind.FAST_ANSWER': 'Answers faster than the project expects',
  'flags.kind.LOW_AGREEMENT': 'Low agreement with the other workers',
  'flags.group': { one: '{kind}: {count} flag', other: '{kind}: {count} flags' },
  'flags.latest': { one: 'The latest:', other: 'The latest {count}:' },
};

export const flagsFr: Record<keyof typeof flagsEn, Message> = {
  'flags.kind.FAST_ANSWER': 'Réponses plus rapides que ce qu’attend le projet',
  'flags.kind.LOW_AGREEMENT': 'Faible accord avec les autres travailleurs',
  'flags.group': { one: '{kind} : {count} signalement', other: '{kind} : {count} signalements' },
  'flags.latest': { one: 'Le plus récent :', other: 'Les {count} plus récents :' },
};
