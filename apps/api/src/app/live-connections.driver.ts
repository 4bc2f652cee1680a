import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { Disposable, ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';

/**
 * The largest message a live connection may send. Its operations are
 * subscriptions of a few hundred bytes; a bigger message closes the
 * connection (1009) as it arrives, before it is read as JSON or GraphQL.
 */
export const MAX_LIVE_MESSAGE_BYTES = 100 * 1024;

/**
 * Nest's Apollo driver, with the WebSocket server of the live connections
 * (graphql-ws, on the GraphQL path) set up here: @nestjs/graphql's own takes no
 * options, and `ws` reads messages of up to 100 MB by default, each buffered
 * whole and parsed before anything can refuse it. Everything else is Nest's:
 * the schema, the context, the graphql-ws options under `subscriptions`.
 */
@Injectable()
export class LiveConnectionsDriver extends ApolloDriver {
  private live?: Disposable;

  override async start(options: ApolloDriverConfig): Promise<void> {
    const { subscriptions, ...overHttp } = options;
    await super.start(overHttp);
    const graphqlWs = subscriptions?.['graphql-ws'];
    if (!graphqlWs) return;
    const sockets = new WebSocketServer({ noServer: true, path: options.path, maxPayload: MAX_LIVE_MESSAGE_BYTES });
    const server: ServerOptions = { schema: options.schema, context: options.context, ...(graphqlWs === true ? {} : graphqlWs) };
    this.live = useServer(server, sockets);
    const httpServer = this.httpAdapterHost.httpAdapter.getHttpServer() as Server;
    httpServer.on('upgrade', (request, socket, head) => {
      if (!sockets.shouldHandle(request)) {
        socket.destroy();
        return;
      }
      sockets.handleUpgrade(request, socket, head, (connection) => sockets.emit('connection', connection, request));
    });
  }

  override async stop(): Promise<void> {
    await this.live?.dispose();
    await super.stop();
  }
}
