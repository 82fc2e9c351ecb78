import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum TaskStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** The consensus stored on a task after each submission. */
export interface TaskConsensus {
  voteKey: string;
  votes: number;
  confidence: number;
}

@Entity('tasks')
@Index('tasks_claim_idx', ['projectId', 'id'], { where: `"status" = 'OPEN' AND NOT "is_gold"` })
@Index('tasks_gold_idx', ['projectId', 'id'], { where: `"status" = 'OPEN' AND "is_gold"` })
@Index('tasks_batch_idx', ['batchId', 'id'])
@Check('tasks_live_count_check', '"live_count" >= 0 AND "live_count" <= "target_overlap"')
export class TaskEntity {
  /** bigint identity: claim order follows insertion order (older first) for free. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Column('uuid', { name: 'batch_id' })
  batchId: string;

  @Column('jsonb')
  input: unknown;

  @Column('integer', { name: 'target_overlap' })
  targetOverlap: number;

  /** Leased + submitted assignments holding a slot; never above target_overlap (invariant 1). */
  @Column('integer', { name: 'live_count', default: 0 })
  liveCount: number;

  @Column('integer', { name: 'submitted_count', default: 0 })
  submittedCount: number;

  @Column('text', { default: TaskStatus.DRAFT })
  status: TaskStatus;

  @Column('jsonb', { nullable: true })
  consensus: TaskConsensus | null;

  /** Gold items are mixed into workers' streams; their answer is never sent to a worker. */
  @Column('boolean', { name: 'is_gold', default: false })
  isGold: boolean;

  @Column('jsonb', { name: 'gold_answer', nullable: true })
  goldAnswer: unknown;

  @Column('text', { name: 'gold_explanation', nullable: true })
  goldExplanation: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
