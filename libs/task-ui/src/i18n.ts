import { createI18n, type Message } from '@fourmi/ui';

const en = {
  'task.region': 'Task',
  'task.chooseLabel': 'Choose a label',
  'task.shortcuts': 'Shortcuts: press a label’s key ({keys}) to choose it and send your answer at once, or Tab to a label and press Enter.',
  'task.labelWithKey': '{label} (key {key})',
  'task.sending': 'Sending “{label}”…',
  'task.imageAlt': 'Image to classify',
  'task.imageError': 'The image could not be loaded.',
  'task.openImage': 'Open the image',
  'task.unsupported': 'This task kind ({kind}) is not supported yet in this version.',
  'task.invalid': 'This task cannot be shown: its configuration or its input is not valid.',
};

const fr: Record<keyof typeof en, Message> = {
  'task.region': 'Tâche',
  'task.chooseLabel': 'Choisissez une étiquette',
  'task.shortcuts': 'Raccourcis : appuyez sur la touche d’une étiquette ({keys}) pour la choisir et envoyer votre réponse aussitôt, ou allez sur une étiquette avec Tab et appuyez sur Entrée.',
  'task.labelWithKey': '{label} (touche {key})',
  'task.sending': 'Envoi de « {label} »…',
  'task.imageAlt': 'Image à classer',
  'task.imageError': 'L’image n’a pas pu être chargée.',
  'task.openImage': 'Ouvrir l’image',
  'task.unsupported': 'Ce type de tâche ({kind}) n’est pas encore pris en charge dans cette version.',
  'task.invalid': 'Cette tâche ne peut pas être affichée : sa configuration ou ses données ne sont pas valides.',
};

export const taskUiI18n = createI18n({ en, fr });
export const useTaskT = taskUiI18n.useT;
