import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditChainVerification, AuditEventPage } from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuditApiService {
  private readonly http = inject(HttpClient);

  page(beforeSeq: number | null, limit = 50): Promise<AuditEventPage> {
    let params = new HttpParams().set('limit', limit);
    if (beforeSeq !== null) params = params.set('beforeSeq', beforeSeq);
    return firstValueFrom(this.http.get<AuditEventPage>('/api/audit-events', { params }));
  }

  verify(): Promise<AuditChainVerification> {
    return firstValueFrom(this.http.get<AuditChainVerification>('/api/audit-events/verify'));
  }
}
