import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const cluster = globalThis.laurelsTestCluster;
  if (!cluster) return;
  await cluster.database.stop();
  rmSync(cluster.dir, { recursive: true, force: true });
}
