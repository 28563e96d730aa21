import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FeedbackView } from '@jixiao/contracts';
import { AppError, Authorized, uuidParam } from '@jixiao/api-platform';
import { AnswerOpinionDto, SaveFeedbackFormDto, SaveOpinionDto, SignFeedbackDto } from './feedback.dto';
import { FeedbackService } from './feedback.service';

const versionParam = new ParseIntPipe({
  exceptionFactory: () => AppError.validation([{ field: 'version', code: 'isInt' }]),
});

/** Feedback (征求意见) on the 交换意见稿: the unit's form and opinions, the bureau's opinions, the firm's answers. */
@ApiTags('evaluations')
@Controller('evaluations/:id/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'The form, the opinions with their answers, counts and what the caller may do.',
  })
  view(@Param('id', uuidParam) id: string): Promise<FeedbackView> {
    return this.feedback.view(id);
  }

  @Put('form')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.feedback_form_save' })
  @ApiOkResponse({ description: 'The unit’s contacts and 无意见, until its head signs.' })
  saveForm(@Param('id', uuidParam) id: string, @Body() dto: SaveFeedbackFormDto): Promise<FeedbackView> {
    return this.feedback.saveForm(id, dto);
  }

  @Post('opinions')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.feedback_opinion_add' })
  @ApiOkResponse({ description: 'An opinion of the unit (until signed) or of the bureau.' })
  addOpinion(@Param('id', uuidParam) id: string, @Body() dto: SaveOpinionDto): Promise<FeedbackView> {
    return this.feedback.addOpinion(id, dto);
  }

  @Put('opinions/:opinionId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.feedback_opinion_edit' })
  @ApiOkResponse({ description: 'Edits an own, unanswered opinion (the unit’s: until signed).' })
  editOpinion(
    @Param('id', uuidParam) id: string,
    @Param('opinionId', uuidParam) opinionId: string,
    @Body() dto: SaveOpinionDto,
  ): Promise<FeedbackView> {
    return this.feedback.editOpinion(id, opinionId, dto);
  }

  @Delete('opinions/:opinionId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.feedback_opinion_delete' })
  @ApiOkResponse({ description: 'Deletes an own, unanswered opinion (?version=n).' })
  deleteOpinion(
    @Param('id', uuidParam) id: string,
    @Param('opinionId', uuidParam) opinionId: string,
    @Query('version', versionParam) version: number,
  ): Promise<FeedbackView> {
    return this.feedback.deleteOpinion(id, opinionId, version);
  }

  @Post('sign')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.feedback_sign' })
  @ApiOkResponse({
    description: 'The unit head signs the form (optionally with the stamped scan); it is then frozen.',
  })
  sign(@Param('id', uuidParam) id: string, @Body() dto: SignFeedbackDto): Promise<FeedbackView> {
    return this.feedback.sign(id, dto);
  }

  @Put('opinions/:opinionId/answer')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.feedback_answer' })
  @ApiOkResponse({
    description: 'The team answers: 采纳 / 部分采纳 / 不予采纳, the reason, the changes it caused.',
  })
  answer(
    @Param('id', uuidParam) id: string,
    @Param('opinionId', uuidParam) opinionId: string,
    @Body() dto: AnswerOpinionDto,
  ): Promise<FeedbackView> {
    return this.feedback.answer(id, opinionId, dto);
  }
}
