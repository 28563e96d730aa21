import { Module, type DynamicModule } from '@nestjs/common';
import { AuditLogModule } from '@jixiao/api-audit';
import { AuthModule } from '@jixiao/api-auth';
import { EvaluationsModule } from '@jixiao/api-evaluations';
import { FrameworksModule } from '@jixiao/api-frameworks';
import { OrganisationsModule } from '@jixiao/api-organisations';
import { JobsModule, PlatformModule, type AppConfig } from '@jixiao/api-platform';
import { DATABASE_SCHEMA } from './database-schema';
// The report (issue 10)
import { ReportsModule } from '@jixiao/api-reports';
// The archive package (归档包, issue 11)
import { ArchiveModule } from '@jixiao/api-reports';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, DATABASE_SCHEMA),
        // Reminders and notifications (issue 9)
        JobsModule,
        AuthModule,
        OrganisationsModule,
        AuditLogModule,
        FrameworksModule,
        EvaluationsModule,
        // The report (issue 10)
        ReportsModule,
        // The archive package (归档包, issue 11)
        ArchiveModule,
      ],
    };
  }
}
