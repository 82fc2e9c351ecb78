import type { TaskKind, TaskKindShapes } from '@fourmi/task-kinds';

/**
 * A made-up item of each kind in each app language, for previews (the console's project wizard), so
 * a French requester tries the task on a French text. Media paths are the demo media the API serves
 * under `/media/demo/` (the audio clip is the same recording in both: its language is said).
 */
export const sampleInputs: { [K in TaskKind]: TaskKindShapes[K]['input'] } = {
  CLASSIFICATION: { text: 'The battery lasts all week and the screen is bright. Recommended!' },
  MULTI_LABEL: { text: 'Click here to win a free phone!!! Only today, send your bank details.' },
  CATEGORIZATION: { title: 'Stainless steel electric kettle, 1.7 L', description: 'Boils water in three minutes, with auto shut-off.' },
  UI_FEEDBACK: { screenshotUrl: '/media/demo/checkout.svg', pageUrl: 'https://shop.example/checkout', context: 'The checkout page on a phone.' },
  AUDIO: { audioUrl: '/media/demo/clip-1.wav', durationSeconds: 1.5, language: 'en' },
};

const frenchSampleInputs: typeof sampleInputs = {
  CLASSIFICATION: { text: 'La batterie tient toute la semaine et l’écran est lumineux. Je recommande !' },
  MULTI_LABEL: { text: 'Cliquez ici pour gagner un téléphone gratuit !!! Aujourd’hui seulement, envoyez vos coordonnées bancaires.' },
  CATEGORIZATION: { title: 'Bouilloire électrique en inox, 1,7 L', description: 'Fait bouillir l’eau en trois minutes, avec arrêt automatique.' },
  UI_FEEDBACK: { ...sampleInputs.UI_FEEDBACK, context: 'La page de paiement sur un téléphone.' },
  AUDIO: sampleInputs.AUDIO,
};

/** The sample item of a kind in the app language (`fr`, else English). */
export function sampleInput(kind: TaskKind, locale = 'en'): unknown {
  return (locale === 'fr' ? frenchSampleInputs : sampleInputs)[kind];
}
