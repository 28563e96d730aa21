import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateOrganisationRequest,
  CreatedOrganisation,
  Organisation,
  UpdateOrganisationRequest,
} from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class OrganisationsApiService {
  private readonly http = inject(HttpClient);

  list(): Promise<Organisation[]> {
    return firstValueFrom(this.http.get<Organisation[]>('/api/organisations'));
  }

  create(request: CreateOrganisationRequest): Promise<CreatedOrganisation> {
    return firstValueFrom(this.http.post<CreatedOrganisation>('/api/organisations', request));
  }

  update(id: string, request: UpdateOrganisationRequest): Promise<Organisation> {
    return firstValueFrom(
      this.http.patch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, request),
    );
  }

  setStatus(id: string, status: 'active' | 'disabled'): Promise<Organisation> {
    const action = status === 'disabled' ? 'disable' : 'enable';
    return firstValueFrom(
      this.http.post<Organisation>(`/api/organisations/${encodeURIComponent(id)}/${action}`, {}),
    );
  }
}
