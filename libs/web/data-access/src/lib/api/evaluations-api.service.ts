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
  AdoptFrameworkRequest,
  CommissionEvaluationRequest,
  CommissionOptions,
  DeclareIndependenceRequest,
  EvaluationDetail,
  EvaluationFile,
  EvaluationFilePurpose,
  EvaluationListQuery,
  EvaluationPage,
  SaveEvaluationFrameworkRequest,
  SaveWorkPlanRequest,
  SetTeamRequest,
  TeamCandidate,
  TodoItem,
  TransitionRequest,
} from '@jixiao/contracts';
import { filter, firstValueFrom, map, tap } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Query parameters of the evaluation list; empty filters are left out. */
export function evaluationListParams(query: EvaluationListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** Evaluations (评价项目): list, commission, lifecycle events, team, plan, indicator system, files. */
@Injectable({ providedIn: 'root' })
export class EvaluationsApiService {
  private readonly http = inject(HttpClient);

  list(query: EvaluationListQuery): Promise<EvaluationPage> {
    return firstValueFrom(
      this.http.get<EvaluationPage>('/api/evaluations', { params: evaluationListParams(query) }),
    );
  }

  commissionOptions(): Promise<CommissionOptions> {
    return firstValueFrom(this.http.get<CommissionOptions>('/api/evaluations/commission-options'));
  }

  commission(request: CommissionEvaluationRequest): Promise<EvaluationDetail> {
    return firstValueFrom(this.http.post<EvaluationDetail>('/api/evaluations', request));
  }

  todo(): Promise<TodoItem[]> {
    return firstValueFrom(this.http.get<TodoItem[]>('/api/evaluations/todo'));
  }

  get(evaluationId: string): Promise<EvaluationDetail> {
    return firstValueFrom(this.http.get<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}`));
  }

  /** Sends a lifecycle event; `idempotencyKey` is generated once per button press, so a retry is not applied twice. */
  transition(
    evaluationId: string,
    request: TransitionRequest,
    idempotencyKey: string,
  ): Promise<EvaluationDetail> {
    return firstValueFrom(
      this.http.post<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}/transitions`, request, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  teamCandidates(evaluationId: string): Promise<TeamCandidate[]> {
    return firstValueFrom(
      this.http.get<TeamCandidate[]>(`/api/evaluations/${id(evaluationId)}/team/candidates`),
    );
  }

  setTeam(evaluationId: string, request: SetTeamRequest): Promise<EvaluationDetail> {
    return firstValueFrom(
      this.http.put<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}/team`, request),
    );
  }

  declare(evaluationId: string, request: DeclareIndependenceRequest): Promise<EvaluationDetail> {
    return firstValueFrom(
      this.http.post<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}/declaration`, request),
    );
  }

  savePlan(evaluationId: string, request: SaveWorkPlanRequest): Promise<EvaluationDetail> {
    return firstValueFrom(
      this.http.put<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}/plan`, request),
    );
  }

  /** Copies a library template into the evaluation. */
  adoptFramework(evaluationId: string, request: AdoptFrameworkRequest): Promise<EvaluationDetail> {
    return firstValueFrom(
      this.http.post<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}/framework`, request),
    );
  }

  saveFramework(evaluationId: string, request: SaveEvaluationFrameworkRequest): Promise<EvaluationDetail> {
    return firstValueFrom(
      this.http.put<EvaluationDetail>(`/api/evaluations/${id(evaluationId)}/framework`, request),
    );
  }

  /** Uploads a file; `onProgress` gets the upload percentage. */
  uploadFile(
    evaluationId: string,
    purpose: EvaluationFilePurpose,
    file: File,
    onProgress?: (percent: number) => void,
  ): Promise<EvaluationFile> {
    const body = new FormData();
    body.append('file', file, file.name);
    const params = new HttpParams().set('purpose', purpose);
    return firstValueFrom(
      this.http
        .post<EvaluationFile>(`/api/evaluations/${id(evaluationId)}/files`, body, {
          params,
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
            (event: HttpEvent<EvaluationFile>): event is HttpResponse<EvaluationFile> =>
              event.type === HttpEventType.Response,
          ),
          map((response) => response.body as EvaluationFile),
        ),
    );
  }

  downloadFile(evaluationId: string, fileId: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`/api/evaluations/${id(evaluationId)}/files/${id(fileId)}`, { responseType: 'blob' }),
    );
  }
}
