import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@jixiao/contracts';
import { PublicEndpoint } from '../authz/endpoint.decorator';
import { DatabaseReadiness } from './database-readiness';

/** The health answer: the API answers, and so does its database. */
export const HEALTHY: HealthResponse = { status: 'ok', database: 'ok' };

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: DatabaseReadiness) {}

  @Get()
  @PublicEndpoint()
  @ApiOkResponse({ description: 'The API answers, and its database answered within the last second.' })
  async health(): Promise<HealthResponse> {
    // A pooled `SELECT 1` at most once a second (shared by concurrent requests); no transaction and no
    // tenant context are needed to see the database answer. While that answer is fresh, the request is
    // answered before it gets here (health-fast-path.ts).
    await this.readiness.check();
    return HEALTHY;
  }
}
