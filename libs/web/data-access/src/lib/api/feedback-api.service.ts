import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AnswerOpinionRequest,
  FeedbackView,
  SaveFeedbackFormRequest,
  SaveOpinionRequest,
  SignFeedbackRequest,
} from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Feedback (征求意见, issue 11) under `/api/evaluations/:id/feedback`. */
@Injectable({ providedIn: 'root' })
export class FeedbackApiService {
  private readonly http = inject(HttpClient);

  private base(evaluationId: string): string {
    return `/api/evaluations/${id(evaluationId)}/feedback`;
  }

  view(evaluationId: string): Promise<FeedbackView> {
    return firstValueFrom(this.http.get<FeedbackView>(this.base(evaluationId)));
  }

  saveForm(evaluationId: string, request: SaveFeedbackFormRequest): Promise<FeedbackView> {
    return firstValueFrom(this.http.put<FeedbackView>(`${this.base(evaluationId)}/form`, request));
  }

  addOpinion(evaluationId: string, request: SaveOpinionRequest): Promise<FeedbackView> {
    return firstValueFrom(this.http.post<FeedbackView>(`${this.base(evaluationId)}/opinions`, request));
  }

  editOpinion(evaluationId: string, opinionId: string, request: SaveOpinionRequest): Promise<FeedbackView> {
    return firstValueFrom(
      this.http.put<FeedbackView>(`${this.base(evaluationId)}/opinions/${id(opinionId)}`, request),
    );
  }

  deleteOpinion(evaluationId: string, opinionId: string, version: number): Promise<FeedbackView> {
    return firstValueFrom(
      this.http.delete<FeedbackView>(`${this.base(evaluationId)}/opinions/${id(opinionId)}`, {
        params: { version },
      }),
    );
  }

  sign(evaluationId: string, request: SignFeedbackRequest): Promise<FeedbackView> {
    return firstValueFrom(this.http.post<FeedbackView>(`${this.base(evaluationId)}/sign`, request));
  }

  answer(evaluationId: string, opinionId: string, request: AnswerOpinionRequest): Promise<FeedbackView> {
    return firstValueFrom(
      this.http.put<FeedbackView>(`${this.base(evaluationId)}/opinions/${id(opinionId)}/answer`, request),
    );
  }
}
