import { createRequire } from 'node:module';

/**
 * The `graphql` module instance that Nest and Apollo use. They load it through CommonJS; under Vitest a
 * plain import would give its ESM build, a second instance whose classes fail their instanceof checks.
 */
export const graphqlRuntime = createRequire(__filename)('graphql') as typeof import('graphql');
