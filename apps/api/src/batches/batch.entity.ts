import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum BatchStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

@Entity('batches')
@Index('batches_project_idx', ['projectId'])
export class BatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Column('text')
  name: string;

  @Column('text', { default: BatchStatus.DRAFT })
  status: BatchStatus;

  @Column('integer', { name: 'item_count', default: 0 })
  itemCount: number;

  /** Items with all their answers; the batch completes when this reaches item_count. */
  @Column('integer', { name: 'completed_count', default: 0 })
  completedCount: number;

  /** Answers counted on its items (gold answers are not), as relayed. */
  @Column('integer', { name: 'answer_count', default: 0 })
  answerCount: number;

  /** Of those, rejected (AssignmentTransitions keeps it with each decision). */
  @Column('integer', { name: 'rejected_count', default: 0 })
  rejectedCount: number;

  /** Of those, accepted, and the rewards they earned (AssignmentTransitions keeps both with each decision). */
  @Column('integer', { name: 'accepted_count', default: 0 })
  acceptedCount: number;

  /** Bigint: a string, as `pg` returns it. */
  @Column('bigint', { name: 'accepted_reward_cents', default: 0 })
  acceptedRewardCents: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The project's gold items live in one always-published batch of their own. */
  @Column('boolean', { name: 'is_gold', default: false })
  isGold: boolean;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
}
