import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Amendment, AmendmentApprover, DeliveryView } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { AddAmendmentDto } from './delivery.dto';
import { DeliveryService } from './delivery.service';

@ApiTags('evaluations')
@Controller('evaluations/:id')
export class DeliveryController {
  constructor(private readonly delivery: DeliveryService) {}

  @Get('delivery')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'Issued version, sealed scans, archive deadline, retention and amendments (all parties).',
  })
  view(@Param('id', uuidParam) id: string): Promise<DeliveryView> {
    return this.delivery.view(id);
  }

  @Get('amendments/approvers')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'The firm reviewers who may approve an amendment (firm admin / lead).' })
  approvers(@Param('id', uuidParam) id: string): Promise<AmendmentApprover[]> {
    return this.delivery.approvers(id);
  }

  @Post('amendments')
  @HttpCode(201)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.amendment_add' })
  @ApiCreatedResponse({ description: 'An insert-only correction of an archived evaluation (更正记录).' })
  addAmendment(@Param('id', uuidParam) id: string, @Body() dto: AddAmendmentDto): Promise<Amendment> {
    return this.delivery.addAmendment(id, dto);
  }
}
