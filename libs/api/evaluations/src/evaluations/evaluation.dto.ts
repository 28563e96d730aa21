import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CommissionEvaluationRequest, EvaluationListQuery, TransitionRequest } from '@jixiao/contracts';
import {
  COMMISSIONABLE_KINDS,
  EVALUATION_EVENT_TYPES,
  EVALUATION_PHASES,
  EVALUATION_STATUSES,
  type EvaluationEventType,
  type EvaluationKind,
  type EvaluationPhase,
  type EvaluationStatus,
  type PhaseDueDates,
} from '@jixiao/domain';
import { Trimmed } from '@jixiao/api-platform';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** Due date per phase, each optional, as ISO dates. */
export class PhaseDueDatesDto implements PhaseDueDates {
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) commission?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) preparation?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) fieldwork?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) draft?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) feedback?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) review?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) issue?: string;
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) archive?: string;
}

export class CommissionEvaluationDto implements CommissionEvaluationRequest {
  @ApiProperty({ description: 'A unit of the commissioning bureau.' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ description: "An active firm of the bureau's roster." })
  @IsUUID()
  firmId!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @ApiProperty({ enum: COMMISSIONABLE_KINDS })
  @IsIn(COMMISSIONABLE_KINDS)
  kind!: EvaluationKind;

  @ApiPropertyOptional({ example: '中山路街道办事处2025年度部门整体支出绩效评价' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiProperty({ description: '评价资金规模, 万元, a decimal with up to 4 places.', example: '1234.56' })
  @IsString()
  @Matches(/^\d{1,14}(\.\d{1,4})?$/, { message: 'decimal' })
  fundsInScope!: string;

  @ApiProperty()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  focus!: string;

  @ApiProperty()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  requirements!: string;

  @ApiProperty({ type: PhaseDueDatesDto })
  @ValidateNested()
  @Type(() => PhaseDueDatesDto)
  dueDates!: PhaseDueDatesDto;
}

export class TransitionDto implements TransitionRequest {
  @ApiProperty({ enum: EVALUATION_EVENT_TYPES })
  @IsIn(EVALUATION_EVENT_TYPES)
  event!: EvaluationEventType;

  @ApiProperty({ description: 'The version the caller saw; another answers 409 CONFLICT.' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;

  @ApiPropertyOptional({ description: 'Reason or comment; required to decline, cancel or return.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'REASSIGN_FIRM: the firm chosen instead.' })
  @IsOptional()
  @IsUUID()
  firmId?: string;
}

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;

export class EvaluationListQueryDto implements EvaluationListQuery {
  @IsOptional() @IsIn(EVALUATION_STATUSES) status?: EvaluationStatus;
  @IsOptional() @IsIn(EVALUATION_PHASES) phase?: EvaluationPhase;
  @IsOptional() @Transform(toInt) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @IsOptional() @IsUUID() unitId?: string;
  @IsOptional() @IsUUID() firmId?: string;
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100_000) page?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) pageSize?: number;
}
