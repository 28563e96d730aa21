import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AddAmendmentRequest, Amendment, AmendmentApprover, DeliveryView } from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Delivery of an evaluation (出具, 验收, 归档) and its amendments (更正记录). */
@Injectable({ providedIn: 'root' })
export class DeliveryApiService {
  private readonly http = inject(HttpClient);

  view(evaluationId: string): Promise<DeliveryView> {
    return firstValueFrom(this.http.get<DeliveryView>(`/api/evaluations/${id(evaluationId)}/delivery`));
  }

  approvers(evaluationId: string): Promise<AmendmentApprover[]> {
    return firstValueFrom(
      this.http.get<AmendmentApprover[]>(`/api/evaluations/${id(evaluationId)}/amendments/approvers`),
    );
  }

  addAmendment(evaluationId: string, request: AddAmendmentRequest): Promise<Amendment> {
    return firstValueFrom(
      this.http.post<Amendment>(`/api/evaluations/${id(evaluationId)}/amendments`, request),
    );
  }
}
