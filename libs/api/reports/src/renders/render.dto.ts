import { ApiProperty } from '@nestjs/swagger';
import { REPORT_FORMATS, type RenderReportRequest, type ReportFormat } from '@jixiao/contracts';
import { IsIn } from 'class-validator';

export class RenderReportDto implements RenderReportRequest {
  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;
}
