import { encodeAnswers, krippendorffAlpha } from '@fourmi/quality';
import { taskKinds, type TaskKind } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProjectsService } from '../projects/projects.service';
import type { ProjectQualityModel } from './models/project-quality.model';
import { CONFIDENCE_BUCKETS, DECISIONS_SQL, LATEST_ANSWERS_SQL, LATEST_ITEMS_SQL, QUALITY_SAMPLE_ITEMS } from './project-quality.sql';

/**
 * A project's quality at a glance. Decisions and cost are the project's totals; agreement, confidence
 * and savings are measured on its latest completed items (QUALITY_SAMPLE_ITEMS), so that the card the
 * console refreshes as answers arrive costs the same at any size of project.
 */
@Injectable()
export class ProjectQualityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  async summary(ownerId: string, projectId: string): Promise<ProjectQualityModel> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const [[decisions], [items], answers] = await Promise.all([
      this.db.query(DECISIONS_SQL, [project.id]) as Promise<{ accepted: number; rejected: number; paid: string }[]>,
      this.db.query(LATEST_ITEMS_SQL, [project.id, QUALITY_SAMPLE_ITEMS, project.overlap, CONFIDENCE_BUCKETS]) as Promise<{ items: number; saved: number; buckets: number[] }[]>,
      this.db.query(LATEST_ANSWERS_SQL, [project.id, QUALITY_SAMPLE_ITEMS]) as Promise<{ task_id: string; worker_id: string; answer: unknown }[]>,
    ]);
    const kind = taskKinds[project.kind as TaskKind];
    const votes = answers.flatMap((a) => {
      const key = kind.voteKey(a.answer, project.config);
      return key === null ? [] : [{ item: a.task_id, worker: a.worker_id, label: key }];
    });
    const alpha = votes.length ? krippendorffAlpha(encodeAnswers(votes)) : Number.NaN;
    return {
      alpha: Number.isNaN(alpha) ? null : alpha,
      confidence: CONFIDENCE_BUCKETS.map((from, i) => ({ from, items: items.buckets.filter((b) => b === i + 1).length })),
      measuredItems: items.items,
      acceptedAnswers: decisions.accepted,
      rejectedAnswers: decisions.rejected,
      answersSaved: items.saved,
      costPerAcceptedCents: decisions.accepted ? Math.round(Number(decisions.paid) / decisions.accepted) : null,
    };
  }
}
