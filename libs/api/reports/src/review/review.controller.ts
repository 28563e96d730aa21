import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ReviewLevels, ReviewView } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { AddReviewNoteDto, ResolveReviewNoteDto, SaveReviewLevelsDto } from './review.dto';
import { ReviewLevelsService } from './review-levels.service';
import { ReviewService } from './review.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/review')
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'Every party: the progress; the firm: rounds, sign-offs, notes, what it may do.',
  })
  view(@Param('id', uuidParam) id: string): Promise<ReviewView> {
    return this.reviews.view(id);
  }

  @Post('notes')
  @HttpCode(201)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.review_note_add' })
  @ApiCreatedResponse({ description: "A review note (复核意见) by one of the firm's reviewers." })
  addNote(@Param('id', uuidParam) id: string, @Body() dto: AddReviewNoteDto): Promise<ReviewView> {
    return this.reviews.addNote(id, dto);
  }

  @Post('notes/:noteId/resolve')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.review_note_resolve' })
  @ApiOkResponse({ description: 'Resolves an open note; REVIEW_NOTE_CONFLICT on a stale version.' })
  resolveNote(
    @Param('id', uuidParam) id: string,
    @Param('noteId', uuidParam) noteId: string,
    @Body() dto: ResolveReviewNoteDto,
  ): Promise<ReviewView> {
    return this.reviews.resolveNote(id, noteId, dto);
  }
}

@ApiTags('organisations')
@Controller('review-levels')
export class ReviewLevelsController {
  constructor(private readonly levels: ReviewLevelsService) {}

  @Get()
  @Authorized('read', 'Organisation')
  @ApiOkResponse({ description: "The caller's firm's review levels, in signing order." })
  read(): Promise<ReviewLevels> {
    return this.levels.read();
  }

  @Put()
  @Authorized('read', 'Organisation', { audit: 'organisation.review_levels' })
  @ApiOkResponse({ description: "The firm admin titles the firm's review levels (1–5)." })
  save(@Body() dto: SaveReviewLevelsDto): Promise<ReviewLevels> {
    return this.levels.save(dto);
  }
}
