import {
  HttpClient,
  HttpEventType,
  HttpParams,
  type HttpEvent,
  type HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CopyFrameworkTemplateRequest,
  CreateFrameworkTemplateRequest,
  FrameworkImportPreview,
  FrameworkTemplateDetail,
  FrameworkTemplateSummary,
  ScoreFrameworkRequest,
  ScoreFrameworkResponse,
  UpdateFrameworkTemplateRequest,
} from '@jixiao/contracts';
import { filter, firstValueFrom, map, tap } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Indicator-system library (评价指标体系库), the scoring engine and the Excel exchange. */
@Injectable({ providedIn: 'root' })
export class FrameworksApiService {
  private readonly http = inject(HttpClient);

  list(): Promise<FrameworkTemplateSummary[]> {
    return firstValueFrom(this.http.get<FrameworkTemplateSummary[]>('/api/frameworks'));
  }

  get(templateId: string): Promise<FrameworkTemplateDetail> {
    return firstValueFrom(this.http.get<FrameworkTemplateDetail>(`/api/frameworks/${id(templateId)}`));
  }

  create(request: CreateFrameworkTemplateRequest): Promise<FrameworkTemplateDetail> {
    return firstValueFrom(this.http.post<FrameworkTemplateDetail>('/api/frameworks', request));
  }

  /** Saves a new version; rejects with CONFLICT when `baseVersion` is no longer the latest. */
  update(templateId: string, request: UpdateFrameworkTemplateRequest): Promise<FrameworkTemplateDetail> {
    return firstValueFrom(
      this.http.put<FrameworkTemplateDetail>(`/api/frameworks/${id(templateId)}`, request),
    );
  }

  copy(templateId: string, request: CopyFrameworkTemplateRequest): Promise<FrameworkTemplateDetail> {
    return firstValueFrom(
      this.http.post<FrameworkTemplateDetail>(`/api/frameworks/${id(templateId)}/copy`, request),
    );
  }

  retire(templateId: string): Promise<FrameworkTemplateDetail> {
    return firstValueFrom(
      this.http.post<FrameworkTemplateDetail>(`/api/frameworks/${id(templateId)}/retire`, null),
    );
  }

  restore(templateId: string): Promise<FrameworkTemplateDetail> {
    return firstValueFrom(
      this.http.post<FrameworkTemplateDetail>(`/api/frameworks/${id(templateId)}/restore`, null),
    );
  }

  /** Scores a framework with the engine the evaluations use (nothing is stored). */
  evaluate(request: ScoreFrameworkRequest): Promise<ScoreFrameworkResponse> {
    return firstValueFrom(this.http.post<ScoreFrameworkResponse>('/api/scoring/evaluate', request));
  }

  /** The template as an Excel workbook. */
  exportExcel(templateId: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`/api/framework-files/${id(templateId)}/export.xlsx`, { responseType: 'blob' }),
    );
  }

  /** An empty workbook with the expected sheets and columns. */
  blankExcel(): Promise<Blob> {
    return firstValueFrom(this.http.get('/api/framework-files/blank.xlsx', { responseType: 'blob' }));
  }

  /** Checks a workbook without storing anything; `onProgress` gets the upload percentage. */
  previewImport(file: File, onProgress?: (percent: number) => void): Promise<FrameworkImportPreview> {
    return this.upload<FrameworkImportPreview>(file, true, onProgress);
  }

  /** Imports a workbook as a new template; rejects with IMPORT_INVALID and details when it has problems. */
  importExcel(file: File, onProgress?: (percent: number) => void): Promise<FrameworkTemplateDetail> {
    return this.upload<FrameworkTemplateDetail>(file, false, onProgress);
  }

  private upload<T>(file: File, dryRun: boolean, onProgress?: (percent: number) => void): Promise<T> {
    const body = new FormData();
    body.append('file', file, file.name);
    const params = new HttpParams().set('dryRun', String(dryRun));
    return firstValueFrom(
      this.http
        .post<T>('/api/framework-files/import', body, { params, observe: 'events', reportProgress: true })
        .pipe(
          tap((event) => {
            if (event.type === HttpEventType.UploadProgress && event.total) {
              onProgress?.(Math.round((event.loaded / event.total) * 100));
            }
          }),
          filter((event: HttpEvent<T>): event is HttpResponse<T> => event.type === HttpEventType.Response),
          map((response) => response.body as T),
        ),
    );
  }
}

/** Saves a downloaded file under `fileName` (browser "save as"). */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
