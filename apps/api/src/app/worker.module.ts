import { Module, type DynamicModule } from '@nestjs/common';
import { EvaluationsModule } from '@jixiao/api-evaluations';
import { JobsModule, PlatformModule, type AppConfig } from '@jixiao/api-platform';
// The report (issue 10): renders report versions (report.render)
import { ReportsModule } from '@jixiao/api-reports';
// The archive package (归档包, issue 11): its outbox planner queues archive.build, its builder runs it
import { ArchiveModule } from '@jixiao/api-reports';
import { DATABASE_SCHEMA } from './database-schema';

/**
 * What the `worker` command runs: the platform, the jobs, and every capability that registers outbox
 * planners or reminder sources (evaluations today; add a capability here when it registers one).
 * Sign-in and the other HTTP-only modules stay out — a worker serves no requests.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, DATABASE_SCHEMA),
        JobsModule,
        EvaluationsModule,
        ReportsModule,
        // The archive package (归档包, issue 11)
        ArchiveModule,
      ],
    };
  }
}
