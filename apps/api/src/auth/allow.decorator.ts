import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const ALLOW_KEY = 'fourmi:allow';
export const PUBLIC_KEY = 'fourmi:public';

/** The permissions an operation needs (any one of them). Operations without it are denied. */
export const Allow = (...permissions: Permission[]) => SetMetadata(ALLOW_KEY, permissions);

/** An operation open to anonymous callers (sign in, sign up). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
