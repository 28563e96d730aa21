import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreateRequestItemRequest,
  RequestDecisionRequest,
  SaveRequestAnswerRequest,
  SendRequestsRequest,
  SubmitRequestAnswerRequest,
  UpdateRequestItemRequest,
} from '@jixiao/contracts';
import { REQUEST_DECISIONS, type RequestDecision } from '@jixiao/domain';
import { OptionalField, Trimmed } from '@jixiao/api-platform';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export const REQUEST_LIMITS = {
  title: 200,
  reason: 2000,
  indicators: 50,
  explanation: 5000,
  items: 500,
} as const;

export class RequestItemDto implements CreateRequestItemRequest {
  @ApiProperty({ description: '所需资料 (what is asked)', maxLength: REQUEST_LIMITS.title })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REQUEST_LIMITS.title)
  title!: string;

  @ApiProperty({ description: '用途说明 (why it is asked)', maxLength: REQUEST_LIMITS.reason })
  @Trimmed()
  @IsString()
  @MaxLength(REQUEST_LIMITS.reason)
  reason!: string;

  @ApiProperty({ type: [String], description: 'Indicator ids of the adopted system.' })
  @IsArray()
  @ArrayMaxSize(REQUEST_LIMITS.indicators)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  indicatorIds!: string[];

  @ApiProperty({ nullable: true, example: '2025-07-05' })
  @ValidateIf((_object: object, value: unknown) => value !== null)
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueDate!: string | null;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;
}

export class UpdateRequestItemDto extends RequestItemDto implements UpdateRequestItemRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}

export class RequestDecisionDto implements RequestDecisionRequest {
  @ApiProperty({ enum: REQUEST_DECISIONS })
  @IsIn(REQUEST_DECISIONS)
  decision!: RequestDecision;

  @ApiPropertyOptional({ description: 'Required to reject, ask for more or waive.' })
  @OptionalField()
  @Trimmed()
  @IsString()
  @MaxLength(REQUEST_LIMITS.reason)
  reason?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}

export class SendRequestsDto implements SendRequestsRequest {
  @ApiPropertyOptional({ type: [String], description: 'Drafts to send; every draft when left out.' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(REQUEST_LIMITS.items)
  @IsUUID('all', { each: true })
  itemIds?: string[];
}

export class SaveRequestAnswerDto implements SaveRequestAnswerRequest {
  @ApiProperty({ description: '情况说明', maxLength: REQUEST_LIMITS.explanation })
  @Trimmed()
  @IsString()
  @MaxLength(REQUEST_LIMITS.explanation)
  explanation!: string;

  @ApiProperty({ description: 'The answer version the caller saw (0 for a new answer).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  version!: number;
}

export class SubmitRequestAnswerDto implements SubmitRequestAnswerRequest {
  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  version!: number;
}
