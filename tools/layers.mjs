// The layers of the API and the portal, bottom first: what the lint rules (eslint.config.js) and
// tools/boundaries.mjs both read. Code may import its own layer and lower ones, never a higher one.

/** apps/api/src/<layer>/<capability>/: a capability imports other capabilities of its own layer or lower ones. */
export const API_LAYERS = ['platform', 'directory', 'catalog', 'achievements', 'activities', 'views', 'app'];

/** apps/portal/src/<layer>/: gql/ is generated code any layer above ui may read. */
export const PORTAL_LAYERS = ['ui', 'gql', 'shared', 'features', 'app'];
