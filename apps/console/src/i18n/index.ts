import { createI18n } from '@fourmi/ui';
import { en } from './en';
import { fr } from './fr';

export const consoleI18n = createI18n({ en, fr });
export const useT = consoleI18n.useT;
