import type { Message } from '@fourmi/ui';

export const goldEn = {
  'gold.title': 'Gold items',
  'gold.intro': 'Items with a known right answer, mixed into workers’ tasks at the project’s gold ratio. They measure workers’ accuracy and drive the ban rule; workers never see the answer before they answer (except in training projects, right after).',
  'gold.lines': 'One gold item per line (JSON)',
  'gold.hint': '{"input": {"text": "…"}, "answer": {"label": "…"}, "explanation": "…"}',
  'gold.submit': 'Add gold items',
  'gold.added': 'The project now has {count} gold items.',
  'gold.atLine': 'Line {line}: {problem}',
  'gold.invalidJson': 'not valid JSON',
  'gold.needsInputAndAnswer': 'needs an "input" and an "answer"',
  'gold.listTitle': 'The project’s gold items',
  'gold.none': 'No gold items yet.',
  'gold.answer': 'Right answer:',
  'gold.notAnswered': 'Not answered yet',
  'gold.answeredBy': { one: 'Answered once, {right} right', other: 'Answered {count} times, {right} right' },
  'gold.pages': 'Pages of gold items',
  'gold.range': '{from}–{to} of {total}',
} satisfies Record<string, Message>;

export const goldFr: Record<keyof typeof goldEn, Message> = {
  'gold.title': 'Items de contrôle',
  'gold.intro': 'Des items dont la bonne réponse est connue, mêlés aux tâches des travailleurs selon la part de contrôle du projet. Ils mesurent la justesse des travailleurs et déclenchent la règle d’exclusion ; les travailleurs ne voient jamais la réponse avant d’avoir répondu (sauf dans les projets d’entraînement, juste après).',
  'gold.lines': 'Un item de contrôle par ligne (JSON)',
  'gold.hint': '{"input": {"text": "…"}, "answer": {"label": "…"}, "explanation": "…"}',
  'gold.submit': 'Ajouter les items de contrôle',
  'gold.added': 'Le projet compte maintenant {count} items de contrôle.',
  'gold.atLine': 'Ligne {line} : {problem}',
  'gold.invalidJson': 'JSON non valide',
  'gold.needsInputAndAnswer': 'il faut un "input" et un "answer"',
  'gold.listTitle': 'Les items de contrôle du projet',
  'gold.none': 'Pas encore d’item de contrôle.',
  'gold.answer': 'Bonne réponse :',
  'gold.notAnswered': 'Pas encore de réponse',
  'gold.answeredBy': { one: 'Une réponse, {right} juste', other: '{count} réponses, {right} justes' },
  'gold.pages': 'Pages des items de contrôle',
  'gold.range': '{from}–{to} sur {total}',
};
