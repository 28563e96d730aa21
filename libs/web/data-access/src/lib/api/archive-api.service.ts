import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ArchivePackageView, ArchiveVerification } from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** The archive package (归档包, issue 11) under `/api/evaluations/:id/archive`. */
@Injectable({ providedIn: 'root' })
export class ArchiveApiService {
  private readonly http = inject(HttpClient);

  private base(evaluationId: string): string {
    return `/api/evaluations/${id(evaluationId)}/archive`;
  }

  view(evaluationId: string): Promise<ArchivePackageView> {
    return firstValueFrom(this.http.get<ArchivePackageView>(this.base(evaluationId)));
  }

  /** The package zip, served from storage. */
  download(evaluationId: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${this.base(evaluationId)}/download`, { responseType: 'blob' }));
  }

  verify(evaluationId: string): Promise<ArchiveVerification> {
    return firstValueFrom(this.http.post<ArchiveVerification>(`${this.base(evaluationId)}/verify`, {}));
  }
}
