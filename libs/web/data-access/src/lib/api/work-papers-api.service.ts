import { HttpClient, HttpEventType, type HttpEvent, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateWorkPaperRequest,
  ReviewWorkPaperRequest,
  SaveWorkPaperRequest,
  WorkPaper,
  WorkPaperList,
} from '@jixiao/contracts';
import { filter, firstValueFrom, map, tap } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Work papers (工作底稿) of an evaluation: the firm's own, under `/api/evaluations/:id/work-papers`. */
@Injectable({ providedIn: 'root' })
export class WorkPapersApiService {
  private readonly http = inject(HttpClient);

  private base(evaluationId: string): string {
    return `/api/evaluations/${id(evaluationId)}/work-papers`;
  }

  list(evaluationId: string): Promise<WorkPaperList> {
    return firstValueFrom(this.http.get<WorkPaperList>(this.base(evaluationId)));
  }

  get(evaluationId: string, paperId: string): Promise<WorkPaper> {
    return firstValueFrom(this.http.get<WorkPaper>(`${this.base(evaluationId)}/${id(paperId)}`));
  }

  create(evaluationId: string, request: CreateWorkPaperRequest): Promise<WorkPaper> {
    return firstValueFrom(this.http.post<WorkPaper>(this.base(evaluationId), request));
  }

  save(evaluationId: string, paperId: string, request: SaveWorkPaperRequest): Promise<WorkPaper> {
    return firstValueFrom(this.http.put<WorkPaper>(`${this.base(evaluationId)}/${id(paperId)}`, request));
  }

  review(evaluationId: string, paperId: string, request: ReviewWorkPaperRequest): Promise<WorkPaper> {
    return firstValueFrom(
      this.http.post<WorkPaper>(`${this.base(evaluationId)}/${id(paperId)}/review`, request),
    );
  }

  /** Uploads an attachment; `onProgress` gets the upload percentage. */
  attach(
    evaluationId: string,
    paperId: string,
    file: File,
    onProgress?: (percent: number) => void,
  ): Promise<WorkPaper> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(
      this.http
        .post<WorkPaper>(`${this.base(evaluationId)}/${id(paperId)}/attachments`, body, {
          observe: 'events',
          reportProgress: true,
        })
        .pipe(
          tap((event) => {
            if (event.type === HttpEventType.UploadProgress && event.total) {
              onProgress?.(Math.round((event.loaded / event.total) * 100));
            }
          }),
          filter(
            (event: HttpEvent<WorkPaper>): event is HttpResponse<WorkPaper> =>
              event.type === HttpEventType.Response,
          ),
          map((response) => response.body as WorkPaper),
        ),
    );
  }

  download(evaluationId: string, paperId: string, fileId: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`${this.base(evaluationId)}/${id(paperId)}/attachments/${id(fileId)}`, {
        responseType: 'blob',
      }),
    );
  }
}
