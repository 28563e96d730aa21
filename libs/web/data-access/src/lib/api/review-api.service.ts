import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddReviewNoteRequest,
  ResolveReviewNoteRequest,
  ReviewLevels,
  ReviewView,
  SaveReviewLevelsRequest,
} from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Three-level review (三级复核) under `/api/evaluations/:id/review`, and the firm's levels. */
@Injectable({ providedIn: 'root' })
export class ReviewApiService {
  private readonly http = inject(HttpClient);

  private base(evaluationId: string): string {
    return `/api/evaluations/${id(evaluationId)}/review`;
  }

  view(evaluationId: string): Promise<ReviewView> {
    return firstValueFrom(this.http.get<ReviewView>(this.base(evaluationId)));
  }

  addNote(evaluationId: string, request: AddReviewNoteRequest): Promise<ReviewView> {
    return firstValueFrom(this.http.post<ReviewView>(`${this.base(evaluationId)}/notes`, request));
  }

  resolveNote(evaluationId: string, noteId: string, request: ResolveReviewNoteRequest): Promise<ReviewView> {
    return firstValueFrom(
      this.http.post<ReviewView>(`${this.base(evaluationId)}/notes/${id(noteId)}/resolve`, request),
    );
  }

  levels(): Promise<ReviewLevels> {
    return firstValueFrom(this.http.get<ReviewLevels>('/api/review-levels'));
  }

  saveLevels(request: SaveReviewLevelsRequest): Promise<ReviewLevels> {
    return firstValueFrom(this.http.put<ReviewLevels>('/api/review-levels', request));
  }
}
