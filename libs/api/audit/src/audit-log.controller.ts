import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditChainVerification, AuditEventPage } from '@jixiao/contracts';
import { Authorized } from '@jixiao/api-platform';
import { AuditLogQueryDto } from './audit-log-query.dto';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit')
@Controller('audit-events')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @Authorized('read', 'AuditEvent')
  @ApiOkResponse({ description: 'Newest first.' })
  page(@Query() query: AuditLogQueryDto): Promise<AuditEventPage> {
    return this.auditLog.page(query.beforeSeq ?? null, query.limit ?? 50);
  }

  @Get('verify')
  @Authorized('verify', 'AuditEvent')
  @ApiOkResponse({ description: 'Whether the hash chain is intact, and where it breaks if not.' })
  verify(): Promise<AuditChainVerification> {
    return this.auditLog.verify();
  }
}
