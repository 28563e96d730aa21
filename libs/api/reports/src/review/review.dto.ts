import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AddReviewNoteRequest,
  ResolveReviewNoteRequest,
  SaveReviewLevelsRequest,
} from '@jixiao/contracts';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Lengths and anchors are checked by the domain (`checkReviewNote`), one detail per field. */
export class AddReviewNoteDto implements AddReviewNoteRequest {
  @ApiProperty({ description: '`section:<key>` or `indicator:<id>`', example: 'indicator:2.1.1' })
  @IsString()
  @MaxLength(200)
  anchor!: string;

  @ApiProperty({ description: 'The note (复核意见), at most 2000 characters' })
  @IsString()
  @MaxLength(10_000)
  body!: string;
}

export class ResolveReviewNoteDto implements ResolveReviewNoteRequest {
  @ApiPropertyOptional({ description: 'How it was resolved' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  resolution?: string;

  @ApiProperty({ description: 'The note version the resolution started from' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}

/** Titles are checked by the domain (`checkReviewLevelTitles`). */
export class SaveReviewLevelsDto implements SaveReviewLevelsRequest {
  @ApiProperty({ type: [String], description: 'The levels in signing order (1–5)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  titles!: string[];
}
