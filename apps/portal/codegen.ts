import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation, generated from the API's committed schema file (never a live server). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
