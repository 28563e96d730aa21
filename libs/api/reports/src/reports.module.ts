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
