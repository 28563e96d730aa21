import {
  HttpClient,
  HttpEventType,
  HttpHeaders,
  HttpParams,
  type HttpEvent,
  type HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateRequestItemRequest,
  RequestBoard,
  RequestDecisionRequest,
  RequestFile,
  RequestHistoryEntry,
  RequestItem,
  SaveRequestAnswerRequest,
  SendRequestsRequest,
  UpdateRequestItemRequest,
} from '@jixiao/contracts';
import { filter, firstValueFrom, map, tap } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** The request list (资料清单) of an evaluation: `/api/evaluations/:id/requests…`. */
@Injectable({ providedIn: 'root' })
export class RequestsApiService {
  private readonly http = inject(HttpClient);

  private base(evaluationId: string): string {
    return `/api/evaluations/${id(evaluationId)}/requests`;
  }

  board(evaluationId: string): Promise<RequestBoard> {
    return firstValueFrom(this.http.get<RequestBoard>(this.base(evaluationId)));
  }

  create(evaluationId: string, request: CreateRequestItemRequest): Promise<RequestItem> {
    return firstValueFrom(this.http.post<RequestItem>(this.base(evaluationId), request));
  }

  update(evaluationId: string, itemId: string, request: UpdateRequestItemRequest): Promise<RequestItem> {
    return firstValueFrom(this.http.put<RequestItem>(`${this.base(evaluationId)}/${id(itemId)}`, request));
  }

  remove(evaluationId: string, itemId: string, version: number): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(`${this.base(evaluationId)}/${id(itemId)}`, {
        params: new HttpParams().set('version', version),
      }),
    );
  }

  addStandard(evaluationId: string): Promise<RequestBoard> {
    return firstValueFrom(this.http.post<RequestBoard>(`${this.base(evaluationId)}/standard`, {}));
  }

  send(evaluationId: string, request: SendRequestsRequest, idempotencyKey: string): Promise<RequestBoard> {
    return firstValueFrom(
      this.http.post<RequestBoard>(`${this.base(evaluationId)}/send`, request, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  decide(
    evaluationId: string,
    itemId: string,
    request: RequestDecisionRequest,
    idempotencyKey: string,
  ): Promise<RequestItem> {
    return firstValueFrom(
      this.http.post<RequestItem>(`${this.base(evaluationId)}/${id(itemId)}/decisions`, request, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  history(evaluationId: string, itemId: string): Promise<RequestHistoryEntry[]> {
    return firstValueFrom(
      this.http.get<RequestHistoryEntry[]>(`${this.base(evaluationId)}/${id(itemId)}/history`),
    );
  }

  saveAnswer(evaluationId: string, itemId: string, request: SaveRequestAnswerRequest): Promise<RequestItem> {
    return firstValueFrom(
      this.http.put<RequestItem>(`${this.base(evaluationId)}/${id(itemId)}/answer`, request),
    );
  }

  submit(
    evaluationId: string,
    itemId: string,
    version: number,
    idempotencyKey: string,
  ): Promise<RequestItem> {
    return firstValueFrom(
      this.http.post<RequestItem>(
        `${this.base(evaluationId)}/${id(itemId)}/answer/submit`,
        { version },
        { headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }) },
      ),
    );
  }

  /** Uploads one evidence file; `onProgress` gets the upload percentage (several run side by side). */
  upload(
    evaluationId: string,
    itemId: string,
    file: File,
    onProgress: (percent: number) => void,
  ): Promise<RequestFile> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(
      this.http
        .post<RequestFile>(`${this.base(evaluationId)}/${id(itemId)}/answer/files`, body, {
          observe: 'events',
          reportProgress: true,
        })
        .pipe(
          tap((event) => {
            if (event.type === HttpEventType.UploadProgress && event.total) {
              onProgress(Math.round((event.loaded / event.total) * 100));
            }
          }),
          filter(
            (event: HttpEvent<RequestFile>): event is HttpResponse<RequestFile> =>
              event.type === HttpEventType.Response,
          ),
          map((response) => response.body as RequestFile),
        ),
    );
  }

  removeFile(evaluationId: string, itemId: string, fileId: string): Promise<RequestItem> {
    return firstValueFrom(
      this.http.delete<RequestItem>(`${this.base(evaluationId)}/${id(itemId)}/answer/files/${id(fileId)}`),
    );
  }

  download(evaluationId: string, itemId: string, fileId: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`${this.base(evaluationId)}/${id(itemId)}/files/${id(fileId)}`, { responseType: 'blob' }),
    );
  }

  exportXlsx(evaluationId: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${this.base(evaluationId)}/export.xlsx`, { responseType: 'blob' }));
  }

  importXlsx(evaluationId: string, file: File): Promise<RequestBoard> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(this.http.post<RequestBoard>(`${this.base(evaluationId)}/import`, body));
  }
}
