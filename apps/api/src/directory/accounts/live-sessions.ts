import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { CloseCode } from 'graphql-ws';
import { Broadcasts } from '#platform/pubsub';
import { Authenticator, type Account } from './authenticator.js';
import { SessionCookie } from './session-cookie.js';

/** The channel on which an instance tells every other which sign-ins ended. */
const SIGN_INS_ENDED = 'signInsEnded';

interface SignInsEnded {
  readonly sessionIds: readonly string[];
}

/** What a live connection is closed through: its WebSocket. */
export interface LiveSocket {
  close(code: number, reason: string): void;
}

/**
 * The live connections (graphql-ws) open on this instance, by the sign-in
 * they were opened with. When a sign-in ends, on whichever instance, every
 * connection of it closes at once (4401): each instance closes its own, told
 * through the same pub/sub as the live feed.
 */
@Injectable()
export class LiveSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveSessions.name);
  private readonly open = new Map<string, Set<LiveSocket>>();
  private listening: Promise<number> | undefined;

  constructor(
    private readonly authenticator: Authenticator,
    private readonly cookie: SessionCookie,
    private readonly broadcasts: Broadcasts,
  ) {}

  onModuleInit(): void {
    // Not awaited: with Redis down, the instance starts and hears ended sign-ins once Redis is back.
    this.listening = this.broadcasts.subscribe<SignInsEnded>(SIGN_INS_ENDED, ({ sessionIds }) => this.close(sessionIds));
    this.listening.catch((error: unknown) => this.logger.warn(`Cannot hear ended sign-ins: ${(error as Error).message}`));
  }

  async onModuleDestroy(): Promise<void> {
    const id = await this.listening?.catch(() => undefined);
    if (id !== undefined) this.broadcasts.unsubscribe(id);
  }

  /**
   * Authenticates a connection that opens with `authorization` (its
   * connection parameter) or the cookie of its upgrade request, and keeps it
   * until `forget`. It is kept from before its sign-in is read: a sign-in that
   * ends while it is being read is either seen ended or heard of afterwards.
   */
  async connect(socket: LiveSocket, authorization: unknown, upgrade: IncomingMessage | undefined): Promise<Account> {
    const claims = await this.authenticator.verify(this.cookie.tokenOfConnection(authorization, upgrade));
    const sockets = this.open.get(claims.sessionId) ?? new Set<LiveSocket>();
    this.open.set(claims.sessionId, sockets.add(socket));
    try {
      return await this.authenticator.account(claims);
    } catch (error) {
      this.forget(claims.sessionId, socket);
      throw error;
    }
  }

  forget(sessionId: string, socket: LiveSocket): void {
    const sockets = this.open.get(sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.open.delete(sessionId);
  }

  /**
   * Closes the live connections of sign-ins that have just ended (their end
   * committed): this instance's at once, every other's through the pub/sub.
   * A failure to tell the others is logged: their connections close when
   * their tokens expire.
   */
  async ended(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    this.close(sessionIds);
    await this.broadcasts.publish(SIGN_INS_ENDED, { sessionIds }).catch((error: unknown) => {
      this.logger.warn(`Could not tell other instances that ${sessionIds.length} sign-ins ended: ${(error as Error).message}`);
    });
  }

  private close(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) {
      for (const socket of this.open.get(sessionId) ?? []) socket.close(CloseCode.Unauthorized, 'This sign-in has ended: sign in again');
      this.open.delete(sessionId);
    }
  }
}
