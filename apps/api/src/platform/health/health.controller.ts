import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '#platform/auth';

/** A database that has not answered `SELECT 1` by then is down for this check, stalled or not. */
const DATABASE_CHECK_MS = 2_000;

/** Liveness and readiness for docker-compose and load balancers: up when the database answers, within two seconds. */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  async check(): Promise<{ status: 'ok'; database: 'up' }> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the database did not answer in time')), DATABASE_CHECK_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), late]);
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', database: 'up' };
  }
}
