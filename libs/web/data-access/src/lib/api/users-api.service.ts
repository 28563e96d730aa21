import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateInvitationRequest,
  CreatedInvitation,
  InvitationRecord,
  UserRecord,
} from '@jixiao/contracts';
import type { Role } from '@jixiao/domain';
import { firstValueFrom } from 'rxjs';

/** Users and invitations of the caller's own organisation (admins). */
@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);

  list(): Promise<UserRecord[]> {
    return firstValueFrom(this.http.get<UserRecord[]>('/api/users'));
  }

  get(id: string): Promise<UserRecord> {
    return firstValueFrom(this.http.get<UserRecord>(`/api/users/${encodeURIComponent(id)}`));
  }

  updateRoles(id: string, roles: Role[]): Promise<UserRecord> {
    return firstValueFrom(
      this.http.patch<UserRecord>(`/api/users/${encodeURIComponent(id)}/roles`, { roles }),
    );
  }

  disable(id: string): Promise<UserRecord> {
    return firstValueFrom(this.http.post<UserRecord>(`/api/users/${encodeURIComponent(id)}/disable`, null));
  }

  enable(id: string): Promise<UserRecord> {
    return firstValueFrom(this.http.post<UserRecord>(`/api/users/${encodeURIComponent(id)}/enable`, null));
  }

  listInvitations(): Promise<InvitationRecord[]> {
    return firstValueFrom(this.http.get<InvitationRecord[]>('/api/invitations'));
  }

  invite(request: CreateInvitationRequest): Promise<CreatedInvitation> {
    return firstValueFrom(this.http.post<CreatedInvitation>('/api/invitations', request));
  }

  revokeInvitation(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/invitations/${encodeURIComponent(id)}`));
  }
}
