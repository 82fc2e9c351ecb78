import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssignmentStatus } from '../dispatch/assignment.entity';
import { isUuid, ProjectsService } from '../projects/projects.service';
import { DomainError, fieldProblem } from '../common/domain-error';
import { isBigintId } from '../common/ids';
import type { AnswerToReviewModel, ResultPageModel } from './models/task-result.model';
import { pageSlices } from './result-pages';
import { ANSWERS_TO_REVIEW_SQL, RESULTS_PAGE_SQL } from './results.sql';

interface ResultRow {
  id: string;
  batch_id: string;
  input: unknown;
  consensus: ResultPageModel['items'][number]['consensus'];
  aggregate: ResultPageModel['items'][number]['aggregate'];
  answers: { assignmentId: string; workerId: string; answer: unknown; status: AssignmentStatus; submittedAt: string }[];
}

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /**
   * One page of a project's published items with their answers and consensus, batch by batch in the
   * order the batches were made. The console asks every 5 s: counting and walking the project's items
   * took 385–994 ms for 100,000 of them, where the batches' counts place the page (pageSlices) and one
   * query reads its items along (batch_id, id).
   */
  async page(ownerId: string, projectId: string, offset: number, limit: number): Promise<ResultPageModel> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const batches: { id: string; item_count: number }[] = await this.db.query(
      `SELECT id, item_count FROM batches WHERE project_id = $1 AND NOT is_gold AND status <> 'DRAFT' ORDER BY created_at, id`,
      [project.id],
    );
    const total = batches.reduce((n, b) => n + b.item_count, 0);
    const slices = pageSlices(batches.map((b) => ({ id: b.id, itemCount: b.item_count })), offset, limit);
    if (!slices.length) return { total, items: [] };
    const rows: ResultRow[] = await this.db.query(RESULTS_PAGE_SQL, [slices.map((s) => s.batchId), slices.map((s) => s.skip), slices.map((s) => s.take)]);
    return {
      total,
      items: rows.map((r) => ({
        taskId: r.id,
        batchId: r.batch_id,
        input: r.input,
        consensus: r.consensus,
        aggregate: r.aggregate,
        answers: r.answers.map((a) => ({ ...a, submittedAt: new Date(a.submittedAt) })),
      })),
    };
  }

  /**
   * The project's answers awaiting review (submitted, regular), oldest first: `limit` of them after the
   * answer `after` (the last of the previous page), of one batch or all.
   */
  async toReview(ownerId: string, projectId: string, options: { batchId?: string | null; after?: string | null; limit: number }): Promise<AnswerToReviewModel[]> {
    const { batchId = null, after = null, limit } = options;
    const problems = [
      ...(batchId !== null && !isUuid(batchId) ? [fieldProblem('batchId', 'Must be a valid id.', 'field.notId')] : []),
      ...(after !== null && !isBigintId(after) ? [fieldProblem('after', 'Not an assignment id', 'field.notAssignmentId')] : []),
      ...(limit < 1 || limit > 500 ? [fieldProblem('limit', 'Must be from 1 to 500', 'field.fromTo', { min: 1, max: 500 })] : []),
    ];
    if (problems.length) throw DomainError.invalid(problems);
    const project = await this.projects.getOwned(projectId, ownerId);
    return this.db.query(ANSWERS_TO_REVIEW_SQL, [project.id, batchId, after, limit]);
  }
}
