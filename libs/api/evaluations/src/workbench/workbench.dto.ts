import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SaveWorkbenchRowRequest } from '@jixiao/contracts';
import type { ObservedValue } from '@jixiao/domain';
import { OptionalField, Trimmed } from '@jixiao/api-platform';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/**
 * One indicator's workbench inputs. Fields left out keep their stored value; the observation values
 * and the override are checked against the adopted framework by the domain (`validateScoringInputs`,
 * `validateOverrides`), with one detail per problem.
 */
export class SaveWorkbenchRowDto implements SaveWorkbenchRowRequest {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @OptionalField()
  @IsObject()
  observations?: Record<string, ObservedValue>;

  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  override?: { score: string; reason: string } | null;

  @ApiPropertyOptional({ description: '完成情况' })
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  findings?: string;

  @ApiPropertyOptional({ description: '扣分原因: required whenever the final score is below the weight.' })
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  deductionReason?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Left unscored on purpose, and why.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  unscoredReason?: string | null;

  @ApiPropertyOptional({ description: 'Free reference to evidence (page, paragraph, interview).' })
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  referenceText?: string;

  @ApiPropertyOptional({ type: [String] })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  evidenceFileIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  requestItemIds?: string[];

  @ApiProperty({ description: 'The version the edit started from (0 for an indicator never saved).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  version!: number;
}
