import { Module } from '@nestjs/common';
import { FrameworksModule } from '@jixiao/api-frameworks';
import { EvaluationAccess } from './evaluations/evaluation-access';
import { EvaluationDetailReader } from './evaluations/evaluation-detail';
import { EvaluationFactsReader } from './evaluations/evaluation-facts';
import { FieldworkGate } from './evaluations/fieldwork-gate';
import { EvaluationTransitions } from './evaluations/evaluation-transitions.service';
import { EvaluationRepository } from './evaluations/evaluation.repository';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { EvaluationsService } from './evaluations/evaluations.service';
import { TodoReader } from './evaluations/todo-reader';
// Feedback (征求意见, issue 11): later capabilities' to-dos
import { TodoSources } from './lifecycle/todo-sources';
import { WorkGuard } from './evaluations/work-guard';
import { EvaluationFilesController } from './files/evaluation-files.controller';
import { EvaluationFilesRepository } from './files/evaluation-files.repository';
import { EvaluationFilesService } from './files/evaluation-files.service';
import { EvaluationFrameworkController } from './framework/evaluation-framework.controller';
import { EvaluationFrameworkRepository } from './framework/evaluation-framework.repository';
import { EvaluationFrameworkService } from './framework/evaluation-framework.service';
import { HistoryRepository } from './history/history.repository';
import { WorkPlanController } from './plan/work-plan.controller';
import { WorkPlanRepository } from './plan/work-plan.repository';
import { WorkPlanService } from './plan/work-plan.service';
// Reminders and notifications (issue 9)
import { EvaluationDueReminders } from './notifications/evaluation-due-reminders';
import { RequestDueReminders } from './notifications/request-due-reminders';
import { RequestNotifications } from './notifications/request-notifications';
import { EvaluationNotifications } from './notifications/evaluation-notifications';
import { FirmRosterController } from './roster/firm-roster.controller';
import { FirmRosterRepository } from './roster/firm-roster.repository';
import { FirmRosterService } from './roster/firm-roster.service';
import { TeamController } from './team/team.controller';
import { TeamRepository } from './team/team.repository';
import { TeamService } from './team/team.service';
// Request list (资料清单)
import { RequestExcelService } from './requests/excel/request-excel.service';
import { RequestAnswersRepository } from './requests/request-answers.repository';
import { RequestAnswersService } from './requests/request-answers.service';
import { RequestGuard } from './requests/request-guard';
import { RequestHistoryRepository } from './requests/request-history.repository';
import { RequestItemsRepository } from './requests/request-items.repository';
import { RequestsController } from './requests/requests.controller';
import { RequestsService } from './requests/requests.service';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
import { FiguresController } from './figures/figures.controller';
import { FiguresRepository } from './figures/figures.repository';
import { FiguresService } from './figures/figures.service';
import { ProjectsController } from './figures/projects.controller';
import { ProjectsRepository } from './figures/projects.repository';
import { ProjectsService } from './figures/projects.service';
import { FieldworkBlockersReader } from './workbench/fieldwork-blockers';
// The lifecycle's later capabilities hook in here (report, feedback, review, delivery, archive)
import { LifecycleHooks } from './lifecycle/lifecycle-hooks';
import { WorkbenchController } from './workbench/workbench.controller';
import { WorkbenchRepository } from './workbench/workbench.repository';
import { WorkbenchService } from './workbench/workbench.service';
// Fieldwork: work papers (工作底稿)
import { WorkPaperAccess } from './papers/work-paper-access';
import { WorkPaperFilesService } from './papers/work-paper-files.service';
import { WorkPaperRepository } from './papers/work-paper.repository';
import { WorkPapersController } from './papers/work-papers.controller';
import { WorkPapersService } from './papers/work-papers.service';

/**
 * Evaluations (评价项目): commission, the lifecycle machine's transitions, the team and its
 * declarations, the work plan, the adopted indicator system, files, and the bureau's firm roster.
 * Depends on the indicator-system library on purpose (adoption copies one of its versions).
 */
@Module({
  imports: [FrameworksModule],
  controllers: [
    EvaluationsController,
    TeamController,
    WorkPlanController,
    EvaluationFrameworkController,
    FirmRosterController,
    EvaluationFilesController,
    // Request list (资料清单)
    RequestsController,
    // Fieldwork: fiscal figures and the scoring workbench (issue 9)
    FiguresController,
    ProjectsController,
    WorkbenchController,
    // Fieldwork: work papers (工作底稿)
    WorkPapersController,
  ],
  providers: [
    EvaluationRepository,
    HistoryRepository,
    TeamRepository,
    WorkPlanRepository,
    EvaluationFrameworkRepository,
    EvaluationFilesRepository,
    FirmRosterRepository,
    EvaluationAccess,
    EvaluationFactsReader,
    FieldworkGate,
    EvaluationDetailReader,
    WorkGuard,
    TodoReader,
    EvaluationsService,
    EvaluationTransitions,
    TeamService,
    WorkPlanService,
    EvaluationFrameworkService,
    FirmRosterService,
    EvaluationFilesService,
    // Reminders and notifications (issue 9)
    EvaluationNotifications,
    EvaluationDueReminders,
    RequestNotifications,
    RequestDueReminders,
    // Request list (资料清单)
    RequestItemsRepository,
    RequestAnswersRepository,
    RequestHistoryRepository,
    RequestGuard,
    RequestsService,
    RequestAnswersService,
    RequestExcelService,
    // Fieldwork: fiscal figures and the scoring workbench (issue 9)
    FiguresRepository,
    ProjectsRepository,
    WorkbenchRepository,
    FiguresService,
    ProjectsService,
    WorkbenchService,
    FieldworkBlockersReader,
    // Fieldwork: work papers (工作底稿)
    WorkPaperRepository,
    WorkPaperAccess,
    WorkPapersService,
    WorkPaperFilesService,
    // The report (issue 10)
    LifecycleHooks,
    // Feedback (征求意见, issue 11)
    TodoSources,
  ],
  exports: [
    FieldworkBlockersReader,
    // The report (issue 10): what libs/api/reports builds on
    LifecycleHooks,
    EvaluationAccess,
    EvaluationFactsReader,
    WorkGuard,
    EvaluationFrameworkRepository,
    FiguresRepository,
    WorkbenchRepository,
    HistoryRepository,
    // Feedback (征求意见, issue 11)
    TodoSources,
  ],
})
export class EvaluationsModule {}
