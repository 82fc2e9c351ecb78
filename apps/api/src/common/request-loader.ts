import DataLoader from 'dataloader';

/** The GraphQL context of one request: the HTTP request and that request's DataLoaders. */
export interface GqlContext {
  req: { user?: { id: string }; headers: Record<string, string | undefined> };
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * A DataLoader that lives for one request, so each @ResolveField reading the database costs one query
 * per request and field, whatever the number of parents (no N+1).
 */
export function requestLoader<K, V>(context: GqlContext, name: string, load: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
  let loader = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(load);
    context.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
