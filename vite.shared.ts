import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The tsconfig paths of the libs, for Vite and Vitest (which do not read tsconfig paths). */
export const libAliases: Record<string, string> = {
  '@fourmi/task-kinds': `${root}libs/task-kinds/src/index.ts`,
  '@fourmi/quality': `${root}libs/quality/src/index.ts`,
  '@fourmi/task-ui': `${root}libs/task-ui/src/index.ts`,
  '@fourmi/ui': `${root}libs/ui/src/index.ts`,
  '@fourmi/api-client': `${root}libs/api-client/src/index.ts`,
};

export const workspaceRoot = root;
