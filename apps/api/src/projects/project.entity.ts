import type { TaskKind } from '@fourmi/task-kinds';
import type { QualityRules } from '../quality/quality-rules';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ProjectStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

@Entity('projects')
@Index('projects_owner_idx', ['ownerId'])
@Check('projects_reward_check', '"reward_cents" >= 0')
@Check('projects_overlap_check', '"overlap" >= 1 AND "overlap" <= 100')
@Check('projects_lease_check', '"lease_seconds" >= 10')
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @Column('text')
  name: string;

  /** Markdown, rendered without raw HTML by the apps. */
  @Column('text')
  instructions: string;

  @Column('text')
  kind: TaskKind;

  /** The task kind's config, as normalised by its parser. */
  @Column('jsonb')
  config: unknown;

  @Column('integer', { name: 'reward_cents' })
  rewardCents: number;

  @Column('text', { default: 'EUR' })
  currency: string;

  @Column('integer')
  overlap: number;

  @Column('integer', { name: 'lease_seconds' })
  leaseSeconds: number;

  @Column('integer', { default: 0 })
  priority: number;

  /** Share of a worker's tasks drawn from gold items (0..0.5). */
  @Column('real', { name: 'gold_ratio', default: 0 })
  goldRatio: number;

  /** Bans, flags, caps, required skills and dynamic overlap (see quality/quality-rules.ts). */
  @Column('jsonb', { name: 'quality_rules', default: {} })
  qualityRules: QualityRules;

  /** Unreviewed answers are accepted after this many hours; null: the requester accepts by hand. */
  @Column('integer', { name: 'auto_accept_hours', nullable: true })
  autoAcceptHours: number | null;

  /** Measured pay below the platform minimum: TOP_UP pays the difference with each accepted answer; WARN only warns. */
  @Column('text', { name: 'fair_pay_policy', default: 'TOP_UP' })
  fairPayPolicy: 'TOP_UP' | 'WARN';

  /** Workers must share one of these languages; empty: anyone. */
  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  /** The requester's estimate of a task's working time (fair pay, until answers are measured). */
  @Column('integer', { name: 'estimated_seconds_per_task', nullable: true })
  estimatedSecondsPerTask: number | null;

  @Column('text', { default: ProjectStatus.ACTIVE })
  status: ProjectStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
