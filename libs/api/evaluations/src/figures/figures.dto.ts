import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROJECT_COMPLETIONS,
  type EnterFigureRequest,
  type ProjectCompletion,
  type SaveProjectRequest,
  type VerifyFigureRequest,
} from '@jixiao/contracts';
import { OptionalField, Trimmed } from '@jixiao/api-platform';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  ValidateBy,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

/** An amount as the numeric(20, 4) columns keep it: up to 15 integer digits and 4 decimals, not negative. */
export const AMOUNT = /^\d{1,15}(\.\d{1,4})?$/;

/** A decimal string fit for a numeric(20, 4) column; refused with the field code `amount`. */
export function IsAmount(): PropertyDecorator {
  return ValidateBy({
    name: 'amount',
    validator: { validate: (value: unknown) => typeof value === 'string' && AMOUNT.test(value) },
  });
}

export class EnterFigureDto implements EnterFigureRequest {
  @ApiProperty({ nullable: true, type: String, description: 'A decimal string (万元 …); null clears it.' })
  @ValidateIf((dto: EnterFigureDto) => dto.value !== null)
  @IsAmount()
  value!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  sourceFileId?: string | null;

  @ApiPropertyOptional()
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  sourceNote?: string;

  @ApiProperty({ description: 'The version the edit started from (0 for a figure never stored).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  version!: number;
}

export class VerifyFigureDto implements VerifyFigureRequest {
  @ApiProperty({ enum: ['verified', 'questioned', 'corrected'] })
  @IsIn(['verified', 'questioned', 'corrected'])
  verification!: 'verified' | 'questioned' | 'corrected';

  @ApiPropertyOptional({ description: 'Required when questioned or corrected.' })
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Required when corrected.' })
  @OptionalField()
  @IsAmount()
  correctedValue?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}

export class SaveProjectDto implements SaveProjectRequest {
  @ApiProperty()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: '预算（万元）' })
  @IsAmount()
  budget!: string;

  @ApiProperty({ description: '实际支出（万元）' })
  @IsAmount()
  actual!: string;

  @ApiProperty({ enum: PROJECT_COMPLETIONS })
  @IsIn(PROJECT_COMPLETIONS)
  completion!: ProjectCompletion;

  @ApiPropertyOptional()
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'For an update: the version the edit started from.' })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version?: number;
}
