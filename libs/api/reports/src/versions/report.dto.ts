import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REPORT_STAGES,
  type ReportStage,
  type SaveReportDraftRequest,
  type SaveReportVersionRequest,
} from '@jixiao/contracts';
import type { ReportNarrative, ReportOptions } from '@jixiao/domain';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';

/** The narrative's shape and limits are checked by the domain (`checkNarrative`), one detail per field. */
export class SaveReportDraftDto implements SaveReportDraftRequest {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'slots, problems (六), waivers' })
  @IsObject()
  narrative!: ReportNarrative;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  options?: Partial<ReportOptions>;

  @ApiProperty({ description: 'The draft version the edit started from (0 before the first save)' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  version!: number;
}

export class SaveReportVersionDto implements SaveReportVersionRequest {
  @ApiProperty({ enum: REPORT_STAGES })
  @IsIn(REPORT_STAGES)
  stage!: ReportStage;
}
