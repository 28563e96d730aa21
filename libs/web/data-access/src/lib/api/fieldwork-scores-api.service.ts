import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EnterFigureRequest,
  EvaluationProject,
  FigureView,
  FiguresOverview,
  SaveProjectRequest,
  SaveWorkbenchRowRequest,
  SaveWorkbenchRowResponse,
  StoredScoreResult,
  VerifyFigureRequest,
  WorkbenchView,
} from '@jixiao/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Fieldwork: fiscal figures (财务数据), the project list and the scoring workbench (评分工作台). */
@Injectable({ providedIn: 'root' })
export class FieldworkScoresApiService {
  private readonly http = inject(HttpClient);

  figures(evaluationId: string): Promise<FiguresOverview> {
    return firstValueFrom(this.http.get<FiguresOverview>(`/api/evaluations/${id(evaluationId)}/figures`));
  }

  enterFigure(evaluationId: string, key: string, body: EnterFigureRequest): Promise<FigureView> {
    return firstValueFrom(
      this.http.put<FigureView>(`/api/evaluations/${id(evaluationId)}/figures/${id(key)}`, body),
    );
  }

  verifyFigure(evaluationId: string, key: string, body: VerifyFigureRequest): Promise<FigureView> {
    return firstValueFrom(
      this.http.post<FigureView>(
        `/api/evaluations/${id(evaluationId)}/figures/${id(key)}/verification`,
        body,
      ),
    );
  }

  createProject(evaluationId: string, body: SaveProjectRequest): Promise<EvaluationProject> {
    return firstValueFrom(
      this.http.post<EvaluationProject>(`/api/evaluations/${id(evaluationId)}/projects`, body),
    );
  }

  updateProject(
    evaluationId: string,
    projectId: string,
    body: SaveProjectRequest,
  ): Promise<EvaluationProject> {
    return firstValueFrom(
      this.http.put<EvaluationProject>(
        `/api/evaluations/${id(evaluationId)}/projects/${id(projectId)}`,
        body,
      ),
    );
  }

  deleteProject(evaluationId: string, projectId: string): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(`/api/evaluations/${id(evaluationId)}/projects/${id(projectId)}`),
    );
  }

  workbench(evaluationId: string): Promise<WorkbenchView> {
    return firstValueFrom(this.http.get<WorkbenchView>(`/api/evaluations/${id(evaluationId)}/workbench`));
  }

  saveIndicator(
    evaluationId: string,
    indicatorId: string,
    body: SaveWorkbenchRowRequest,
  ): Promise<SaveWorkbenchRowResponse> {
    return firstValueFrom(
      this.http.put<SaveWorkbenchRowResponse>(
        `/api/evaluations/${id(evaluationId)}/workbench/${id(indicatorId)}`,
        body,
      ),
    );
  }

  recompute(evaluationId: string): Promise<StoredScoreResult> {
    return firstValueFrom(
      this.http.post<StoredScoreResult>(`/api/evaluations/${id(evaluationId)}/workbench/recompute`, {}),
    );
  }
}
