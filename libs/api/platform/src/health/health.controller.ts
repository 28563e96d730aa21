import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@jixiao/contracts';
import { PublicEndpoint } from '../authz/endpoint.decorator';
import { NO_TENANT } from '../tenancy/tenant-scope';
import { TenantDatabase } from '../tenancy/tenant-database';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: TenantDatabase) {}

  @Get()
  @PublicEndpoint()
  @ApiOkResponse({ description: 'The API and its database answer.' })
  async health(): Promise<HealthResponse> {
    await this.db.run(NO_TENANT, () => this.db.manager.query('SELECT 1'));
    return { status: 'ok', database: 'ok' };
  }
}
