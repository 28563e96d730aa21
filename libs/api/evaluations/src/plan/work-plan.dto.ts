import { ApiProperty } from '@nestjs/swagger';
import type { SaveWorkPlanRequest } from '@jixiao/contracts';
import { WORK_PLAN_SECTION_MAX } from '@jixiao/domain';
import { Trimmed } from '@jixiao/api-platform';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

/** The five sections may be saved empty while drafting; submitting requires all of them. */
export class SaveWorkPlanDto implements SaveWorkPlanRequest {
  @ApiProperty({ description: '评价目的与重点' })
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PLAN_SECTION_MAX)
  purpose!: string;
  @ApiProperty({ description: '评价依据' })
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PLAN_SECTION_MAX)
  basis!: string;
  @ApiProperty({ description: '评价方法' })
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PLAN_SECTION_MAX)
  methods!: string;
  @ApiProperty({ description: '时间安排' })
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PLAN_SECTION_MAX)
  schedule!: string;
  @ApiProperty({ description: '风险与应对' })
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PLAN_SECTION_MAX)
  risks!: string;

  @ApiProperty({ description: 'The version the edit started from (0 before the first save).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  version!: number;
}
