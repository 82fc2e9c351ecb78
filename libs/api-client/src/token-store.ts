/** Where an app keeps its bearer token: one localStorage key per app. Never throws. */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createTokenStore(key: string, storage?: StorageLike): TokenStore {
  const store = (): StorageLike | undefined => {
    try {
      return storage ?? globalThis.localStorage;
    } catch {
      return undefined; // storage disabled (privacy mode)
    }
  };
  return {
    get: () => {
      try {
        return store()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set: (token) => {
      try {
        store()?.setItem(key, token);
      } catch {
        /* not persisted: the session lasts until reload */
      }
    },
    clear: () => {
      try {
        store()?.removeItem(key);
      } catch {
        /* nothing to clear */
      }
    },
  };
}
