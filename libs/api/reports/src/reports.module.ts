import { Module } from '@nestjs/common';
import { EvaluationsModule } from '@jixiao/api-evaluations';
import { ReportController } from './versions/report.controller';
import { ReportFactsReader } from './versions/report-facts.reader';
import { ReportSourceReader } from './versions/report-source.reader';
import { ReportVersionsService } from './versions/report-versions.service';
import { ReportRepository } from './versions/report.repository';

/** The evaluation report (issue 10): model, narrative, versions, the consistency gate. */
@Module({
  imports: [EvaluationsModule],
  controllers: [ReportController],
  providers: [ReportRepository, ReportSourceReader, ReportVersionsService, ReportFactsReader],
})
export class ReportsModule {}
