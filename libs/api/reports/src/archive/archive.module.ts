import { Module } from '@nestjs/common';
import { EvaluationsModule } from '@jixiao/api-evaluations';
import { ArchiveBuildRecords } from './archive-build.records';
import { ArchiveBuilder } from './archive-builder';
import { ArchiveLifecycleHook } from './archive-lifecycle.hook';
import { ArchivePackageController } from './archive-package.controller';
import { ArchivePackagePlanner } from './archive-package.planner';
import { ArchivePackageRepository } from './archive-package.repository';
import { ArchivePackageService } from './archive-package.service';

/** The archive package (归档包, issue 11): queued on ARCHIVE, built by a job, downloaded and verified. */
@Module({
  imports: [EvaluationsModule],
  controllers: [ArchivePackageController],
  providers: [
    ArchivePackageRepository,
    ArchivePackageService,
    ArchiveLifecycleHook,
    ArchivePackagePlanner,
    ArchiveBuildRecords,
    ArchiveBuilder,
  ],
})
export class ArchiveModule {}
