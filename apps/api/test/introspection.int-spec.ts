import { startTestApi, type TestApi } from './support/test-app.js';

/** Production with GRAPHQL_INTROSPECTION=true: the schema is public, field suggestions still are not. */
describe('introspection turned on in production', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ production: true, graphqlIntrospection: true })));
  afterAll(() => api.close());

  it('answers introspection, and still suggests no names', async () => {
    expect((await api.gql(`{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await api.gql(`{ usr { id } }`)).errors?.map((error) => error.message)).toEqual(['Cannot query field "usr" on type "Query".']);
  });
});
