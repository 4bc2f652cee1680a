import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Settings } from '#platform/config';

/** How long a Redis command may take before the limiter answers from this instance's memory instead. */
const REDIS_TIMEOUT_MS = 500;

export interface LimiterOptions {
  readonly keyPrefix: string;
  readonly points: number;
  /** Seconds a count is kept from its first point. */
  readonly duration: number;
}

/**
 * Where limits are counted: in Redis with REDIS_URL, so that every API
 * instance counts together, in this process otherwise. While Redis does not
 * answer, each instance counts in its own memory rather than refusing
 * everyone or letting everything through.
 */
@Injectable()
export class LimiterStore implements OnApplicationShutdown {
  private readonly logger = new Logger(LimiterStore.name);
  private readonly redis: Redis | null = null;

  constructor(settings: Settings) {
    if (!settings.redisUrl) return;
    // No offline queue: while Redis is away a count fails at once and the memory fallback answers.
    this.redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, commandTimeout: REDIS_TIMEOUT_MS });
    let down = false;
    this.redis.on('error', (error: Error) => {
      if (!down) this.logger.warn(`Redis: ${error.message}; rate limits are counted per instance until Redis answers`);
      down = true;
    });
    this.redis.on('ready', () => {
      if (down) this.logger.log('Redis: connected again; rate limits are shared again');
      down = false;
    });
  }

  limiter(options: LimiterOptions): RateLimiterAbstract {
    const keyPrefix = `laurels:${options.keyPrefix}`;
    const memory = new RateLimiterMemory({ ...options, keyPrefix });
    if (!this.redis) return memory;
    return new RateLimiterRedis({ ...options, keyPrefix, storeClient: this.redis, insuranceLimiter: memory });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    // QUIT would wait for a connection that is not there; a connection not ready is just dropped.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis.disconnect();
  }
}
