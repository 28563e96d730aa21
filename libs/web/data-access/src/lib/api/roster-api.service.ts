import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AddRosterFirmRequest, RosterFirm } from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

/** The bureau's roster of evaluating firms (第三方机构库), for bureau admins. */
@Injectable({ providedIn: 'root' })
export class RosterApiService {
  private readonly http = inject(HttpClient);

  list(): Promise<RosterFirm[]> {
    return firstValueFrom(this.http.get<RosterFirm[]>('/api/firm-roster'));
  }

  add(request: AddRosterFirmRequest): Promise<RosterFirm> {
    return firstValueFrom(this.http.post<RosterFirm>('/api/firm-roster', request));
  }

  suspend(firmId: string): Promise<RosterFirm> {
    return firstValueFrom(
      this.http.post<RosterFirm>(`/api/firm-roster/${encodeURIComponent(firmId)}/suspend`, null),
    );
  }

  restore(firmId: string): Promise<RosterFirm> {
    return firstValueFrom(
      this.http.post<RosterFirm>(`/api/firm-roster/${encodeURIComponent(firmId)}/restore`, null),
    );
  }
}
