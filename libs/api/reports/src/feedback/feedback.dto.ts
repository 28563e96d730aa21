import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AnswerOpinionRequest,
  type SaveFeedbackFormRequest,
  type SaveOpinionRequest,
  type SignFeedbackRequest,
} from '@jixiao/contracts';
import { FEEDBACK_DECISIONS, FEEDBACK_LIMITS, type FeedbackDecision } from '@jixiao/domain';
import { OptionalField, Trimmed } from '@jixiao/api-platform';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const MAX_VERSION = 2_000_000_000;

export class SaveFeedbackFormDto implements SaveFeedbackFormRequest {
  @ApiProperty({ description: '联系人' })
  @Trimmed()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.contact)
  unitContact!: string;

  @ApiProperty({ description: '联系电话' })
  @Trimmed()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.phone)
  unitPhone!: string;

  @ApiProperty({ description: '无意见' })
  @IsBoolean()
  noOpinion!: boolean;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

export class SaveOpinionDto implements SaveOpinionRequest {
  @ApiProperty({ description: '`slot:<key>` (a section) or `indicator:<id>`' })
  @IsString()
  @MaxLength(200)
  anchor!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.opinionText)
  text!: string;

  @ApiPropertyOptional({ description: 'The opinion’s version (editing)' })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}

export class SignFeedbackDto implements SignFeedbackRequest {
  @ApiProperty({ description: 'The form’s version' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;

  @ApiPropertyOptional({ description: 'An uploaded `feedback_form` file: the scan of the stamped form' })
  @OptionalField()
  @IsUUID()
  scanFileId?: string;
}

export class AnswerOpinionDto implements AnswerOpinionRequest {
  @ApiProperty({ enum: FEEDBACK_DECISIONS })
  @IsIn(FEEDBACK_DECISIONS)
  decision!: FeedbackDecision;

  @ApiProperty()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.reason)
  reason!: string;

  @ApiProperty({ type: [String], description: 'Keys of the changes the opinion caused' })
  @IsArray()
  @ArrayMaxSize(FEEDBACK_LIMITS.changes)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  changeKeys!: string[];

  @ApiProperty({ description: 'The answer’s version (0 for a first answer)' })
  @IsInt()
  @Min(0)
  @Max(MAX_VERSION)
  version!: number;
}
