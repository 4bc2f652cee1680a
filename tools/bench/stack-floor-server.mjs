// The stack's floor: NestJS on Fastify with @nestjs/graphql's Apollo driver, and nothing of
// Laurels, answering `{ __typename }` on PORT. What the API answers can be no faster than this,
// so the bench reports it beside the bare Fastify + Mercurius baseline.
import 'reflect-metadata';
import { ApolloDriver } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';

class FloorModule {}
Module({
  imports: [
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      typeDefs: 'type Query { ok: Boolean }',
      resolvers: { Query: { ok: () => true } },
      playground: false,
    }),
  ],
})(FloorModule);

const app = await NestFactory.create(FloorModule, new FastifyAdapter(), { logger: false });
await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
