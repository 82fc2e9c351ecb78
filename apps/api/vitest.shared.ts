import swc from 'unplugin-swc';
import { libAliases } from '../../vite.shared';

/** SWC instead of esbuild: NestJS and TypeORM need decorator metadata, which esbuild cannot emit. */
export const swcPlugin = () =>
  swc.vite({
    tsconfigFile: false,
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });

export const apiViteConfig = {
  root: __dirname,
  resolve: { alias: libAliases },
  plugins: [swcPlugin()],
};
