import { Module } from '@nestjs/common';
import { FrameworkExcelController } from './excel/framework-excel.controller';
import { ScoringController } from './scoring/scoring.controller';
import { ScoringService } from './scoring/scoring.service';
import { FrameworkTemplatesController } from './templates/framework-templates.controller';
import { FrameworkTemplatesService } from './templates/framework-templates.service';

/** Indicator systems: the organisation's template library, the built-ins, and scoring. */
@Module({
  controllers: [FrameworkTemplatesController, ScoringController, FrameworkExcelController],
  providers: [FrameworkTemplatesService, ScoringService],
  exports: [FrameworkTemplatesService],
})
export class FrameworksModule {}
