import type { TaskKind, TaskKindShapes } from '@fourmi/task-kinds';

/**
 * A made-up item of each kind, for previews (the console's project wizard). Media paths are the
 * demo media the API serves under `/media/demo/`.
 */
export const sampleInputs: { [K in TaskKind]: TaskKindShapes[K]['input'] } = {
  CLASSIFICATION: { text: 'The battery lasts all week and the screen is bright. Recommended!' },
  MULTI_LABEL: { text: 'Click here to win a free phone!!! Only today, send your bank details.' },
  CATEGORIZATION: { title: 'Stainless steel electric kettle, 1.7 L', description: 'Boils water in three minutes, with auto shut-off.' },
  UI_FEEDBACK: { screenshotUrl: '/media/demo/checkout.svg', pageUrl: 'https://shop.example/checkout', context: 'The checkout page on a phone.' },
  AUDIO: { audioUrl: '/media/demo/clip-1.wav', durationSeconds: 1.5, language: 'en' },
};

export function sampleInput(kind: TaskKind): unknown {
  return sampleInputs[kind];
}
