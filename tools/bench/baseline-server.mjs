// The bench's baseline: a bare Fastify + Mercurius server answering `{ __typename }` on PORT, so
// that the API's numbers read as a share of what the platform alone does on the same machine.
import Fastify from 'fastify';
import mercurius from 'mercurius';

const app = Fastify();
await app.register(mercurius, { schema: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
