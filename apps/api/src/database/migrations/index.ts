import { Init1764000000000 } from './1764000000000-init';

/** Every migration, in order. Listed (not globbed) so the bundled API carries them. */
export const migrations = [Init1764000000000];
