import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum AssignmentStatus {
  LEASED = 'LEASED',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  RETURNED = 'RETURNED',
}

// (worker_id, task_id) in that order: the claim's "not had this task" probe is a 3-buffer lookup.
@Entity('assignments')
@Unique('assignments_worker_task_key', ['workerId', 'taskId'])
@Index('assignments_task_idx', ['taskId'])
@Index('assignments_lease_idx', ['leaseExpiresAt'], { where: `"status" = 'LEASED'` })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('bigint', { name: 'task_id' })
  taskId: string;

  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Column('uuid', { name: 'worker_id' })
  workerId: string;

  @Column('text')
  status: AssignmentStatus;

  @Column('timestamptz', { name: 'lease_expires_at' })
  leaseExpiresAt: Date;

  @Column('jsonb', { nullable: true })
  answer: unknown;

  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @Column('integer', { name: 'reward_cents' })
  rewardCents: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('boolean', { name: 'is_gold', default: false })
  isGold: boolean;

  /** 0..1 against the gold answer, set when a gold assignment is submitted. */
  @Column('real', { name: 'gold_score', nullable: true })
  goldScore: number | null;
}
