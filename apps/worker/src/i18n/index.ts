import { createI18n } from '@fourmi/ui';
import { en } from './en';
import { fr } from './fr';

export const workerI18n = createI18n({ en, fr });
export const useT = workerI18n.useT;
