import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ReportDiff,
  ReportFormat,
  ReportRenderStatus,
  ReportStage,
  ReportVersionDetail,
  ReportView,
  SaveReportDraftRequest,
} from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** The evaluation report (评价报告) under `/api/evaluations/:id/report`. */
@Injectable({ providedIn: 'root' })
export class ReportsApiService {
  private readonly http = inject(HttpClient);

  private base(evaluationId: string): string {
    return `/api/evaluations/${id(evaluationId)}/report`;
  }

  view(evaluationId: string): Promise<ReportView> {
    return firstValueFrom(this.http.get<ReportView>(this.base(evaluationId)));
  }

  saveDraft(evaluationId: string, request: SaveReportDraftRequest): Promise<ReportView> {
    return firstValueFrom(this.http.put<ReportView>(`${this.base(evaluationId)}/draft`, request));
  }

  saveVersion(evaluationId: string, stage: ReportStage): Promise<ReportVersionDetail> {
    return firstValueFrom(
      this.http.post<ReportVersionDetail>(`${this.base(evaluationId)}/versions`, { stage }),
    );
  }

  version(evaluationId: string, versionId: string): Promise<ReportVersionDetail> {
    return firstValueFrom(
      this.http.get<ReportVersionDetail>(`${this.base(evaluationId)}/versions/${id(versionId)}`),
    );
  }

  diff(evaluationId: string, from: string, to: string): Promise<ReportDiff> {
    return firstValueFrom(
      this.http.get<ReportDiff>(`${this.base(evaluationId)}/diff`, { params: { from, to } }),
    );
  }

  renders(evaluationId: string, versionId: string): Promise<ReportRenderStatus[]> {
    return firstValueFrom(
      this.http.get<ReportRenderStatus[]>(`${this.base(evaluationId)}/versions/${id(versionId)}/renders`),
    );
  }

  render(evaluationId: string, versionId: string, format: ReportFormat): Promise<ReportRenderStatus[]> {
    return firstValueFrom(
      this.http.post<ReportRenderStatus[]>(`${this.base(evaluationId)}/versions/${id(versionId)}/renders`, {
        format,
      }),
    );
  }

  /** The rendered file, served from storage. */
  file(evaluationId: string, versionId: string, format: ReportFormat): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`${this.base(evaluationId)}/versions/${id(versionId)}/files/${format}`, {
        responseType: 'blob',
      }),
    );
  }
}
