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
// Feedback (征求意见, issue 11)
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackLifecycle } from './feedback/feedback-lifecycle';
import { FeedbackNotifications } from './feedback/feedback-notifications';
import { FeedbackService } from './feedback/feedback.service';
import { FeedbackRepository } from './feedback/feedback.repository';
import { FeedbackRoundReader } from './feedback/feedback-round.reader';
import { FeedbackTodos } from './feedback/feedback-todos';

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
    // Feedback (征求意见, issue 11)
    FeedbackController,
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
    // Feedback (征求意见, issue 11)
    FeedbackRepository,
    FeedbackRoundReader,
    FeedbackService,
    FeedbackLifecycle,
    FeedbackNotifications,
    FeedbackTodos,
  ],
})
export class ReportsModule {}
