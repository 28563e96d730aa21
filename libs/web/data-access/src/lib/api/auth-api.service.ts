import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptInvitationRequest, ChangePasswordRequest, InvitationPreview } from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

/** Account calls outside the session lifecycle (see SessionService for login/refresh/logout). */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  changePassword(request: ChangePasswordRequest): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/auth/password', request));
  }

  previewInvitation(token: string): Promise<InvitationPreview> {
    return firstValueFrom(
      this.http.get<InvitationPreview>(`/api/auth/invitations/${encodeURIComponent(token)}`),
    );
  }

  acceptInvitation(request: AcceptInvitationRequest): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/auth/invitations/accept', request));
  }
}
