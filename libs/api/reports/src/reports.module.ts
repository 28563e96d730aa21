import { Module } from '@nestjs/common';
import { EvaluationsModule } from '@jixiao/api-evaluations';
import { RenderRepository } from './renders/render.repository';
import { ReportFilesController } from './renders/report-files.controller';
import { ReportFilesService } from './renders/report-files.service';
import { ReportRenderer } from './renders/report-renderer';
import { ReportController } from './versions/report.controller';
import { ReportFactsReader } from './versions/report-facts.reader';
import { ReportSourceReader } from './versions/report-source.reader';
import { ReportVersionsService } from './versions/report-versions.service';
import { ReportRepository } from './versions/report.repository';
// Delivery: issue, acknowledge, archive dates, amendments (出具, 验收, 归档, issue 11)
import { ArchiveDueReminders } from './delivery/archive-due-reminders';
import { DeliveryController } from './delivery/delivery.controller';
import { DeliveryRepository } from './delivery/delivery.repository';
import { DeliveryService } from './delivery/delivery.service';
import { IssuedVersionHook } from './delivery/issued-version.hook';
// Three-level review (三级复核, issue 11)
import { ReviewChangeNotices } from './review/review-change-notices';
import { ReviewController, ReviewLevelsController } from './review/review.controller';
import { ReviewLevelsRepository } from './review/review-levels.repository';
import { ReviewLevelsService } from './review/review-levels.service';
import { ReviewLifecycleHook } from './review/review-lifecycle.hook';
import { ReviewRepository } from './review/review.repository';
import { ReviewService } from './review/review.service';

/** The evaluation report (issue 10): model, narrative, versions, the consistency gate. */
@Module({
  imports: [EvaluationsModule],
  controllers: [
    ReportController,
    ReportFilesController,
    // Delivery (出具, 验收, 归档, issue 11)
    DeliveryController,
    // Three-level review (三级复核, issue 11)
    ReviewController,
    ReviewLevelsController,
  ],
  providers: [
    ReportRepository,
    ReportSourceReader,
    ReportVersionsService,
    ReportFactsReader,
    RenderRepository,
    ReportFilesService,
    ReportRenderer,
    // Delivery (出具, 验收, 归档, issue 11)
    DeliveryRepository,
    DeliveryService,
    IssuedVersionHook,
    ArchiveDueReminders,
    // Three-level review (三级复核, issue 11)
    ReviewRepository,
    ReviewLevelsRepository,
    ReviewLifecycleHook,
    ReviewService,
    ReviewLevelsService,
    ReviewChangeNotices,
  ],
})
export class ReportsModule {}
