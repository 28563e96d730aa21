import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@jixiao/contracts';
import { PublicEndpoint } from '../authz/endpoint.decorator';
import { TenantDatabase } from '../tenancy/tenant-database';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: TenantDatabase) {}

  @Get()
  @PublicEndpoint()
  @ApiOkResponse({ description: 'The API and its database answer.' })
  async health(): Promise<HealthResponse> {
    // One pooled round trip: no transaction and no tenant context are needed to see the database answer.
    await this.db.ping();
    return { status: 'ok', database: 'ok' };
  }
}
