import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum Role {
  WORKER = 'WORKER',
  REQUESTER = 'REQUESTER',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  /** Suspended by an admin (AccountSuspensions): cannot sign in, and its sessions are ended. */
  BANNED = 'BANNED',
}

@Entity('users')
@Unique('users_email_key', ['email'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so uniqueness is case-insensitive. */
  @Column('text')
  email: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { default: 'en' })
  locale: string;

  /** Languages the worker works in (ISO 639-1), matched against project requirements. */
  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  @Column('text', { default: UserStatus.ACTIVE })
  status: UserStatus;

  @Column('text', { name: 'suspension_reason', nullable: true })
  suspensionReason: string | null;

  /** Moved on by a password change: tokens issued in an older generation are refused (SessionGate). */
  @Column('integer', { name: 'session_generation', default: 0 })
  sessionGeneration: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
