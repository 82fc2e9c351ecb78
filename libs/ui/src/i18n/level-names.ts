import type { Message } from './core';

/**
 * The names of the workers' levels (libs/quality WORKER_LEVELS), shown by both apps: the worker's own
 * level, and the minimum level a requester may ask of a project.
 */
export const levelNamesEn = {
  'ui.level.1': 'Newcomer',
  'ui.level.2': 'Regular',
  'ui.level.3': 'Trusted',
  'ui.level.4': 'Expert',
  // A level the app does not name (a newer API's): its number only.
  'ui.level.other': 'Level {level}',
} satisfies Record<string, Message>;

export const levelNamesFr: Record<keyof typeof levelNamesEn, Message> = {
  'ui.level.1': 'Débutant',
  'ui.level.2': 'Habitué',
  'ui.level.3': 'Confirmé',
  'ui.level.4': 'Expert',
  'ui.level.other': 'Niveau {level}',
};
