import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateWorkPaperRequest, ReviewWorkPaperRequest, SaveWorkPaperRequest } from '@jixiao/contracts';
import { WORK_PAPER_BODY_MAX, WORK_PAPER_REVIEW_NOTE_MAX, WORK_PAPER_TOPIC_MAX } from '@jixiao/domain';
import { Trimmed } from '@jixiao/api-platform';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Exactly one of `indicatorId` and `topic` (checked by the service against the adopted system). */
export class CreateWorkPaperDto implements CreateWorkPaperRequest {
  @ApiPropertyOptional({ description: 'An indicator id of the evaluation’s adopted system.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  indicatorId?: string | null;

  @ApiPropertyOptional({
    description: 'A free title (访谈记录, 现场勘查 …) for a paper not tied to one indicator.',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PAPER_TOPIC_MAX)
  topic?: string | null;

  @ApiProperty({ description: '底稿内容' })
  @IsString()
  @MaxLength(WORK_PAPER_BODY_MAX)
  body!: string;

  @ApiPropertyOptional({ description: 'A user of the firm who reviews the paper (复核人).' })
  @IsOptional()
  @IsUUID()
  reviewerUserId?: string | null;
}

export class SaveWorkPaperDto implements SaveWorkPaperRequest {
  @ApiPropertyOptional({ description: 'New title of a topic paper; ignored for indicator papers.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PAPER_TOPIC_MAX)
  topic?: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(WORK_PAPER_BODY_MAX)
  body!: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  reviewerUserId!: string | null;

  @ApiProperty({ description: 'The version the edit started from.' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}

export class ReviewWorkPaperDto implements ReviewWorkPaperRequest {
  @ApiPropertyOptional({ description: '复核意见' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(WORK_PAPER_REVIEW_NOTE_MAX)
  note?: string;

  @ApiProperty({ description: 'The version the reviewer read; a stale version is refused.' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}
