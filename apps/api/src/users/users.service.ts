import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
import { announceAccountChange } from './account-changes';
import { UserModel } from './models/user.model';
import { type Role, UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  roles: Role[];
  locale: string;
}

export class UsersError extends DomainError {}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async create(user: NewUser): Promise<UserEntity> {
    try {
      return await this.users.save(this.users.create({ ...user, email: normaliseEmail(user.email) }));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        const taken = fieldProblem('email', 'An account with this email already exists', 'field.emailTaken');
        throw new UsersError('CONFLICT', 'An account with this email already exists', [taken], { key: 'account.emailTaken', params: {} });
      }
      throw error;
    }
  }

  find(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw UsersError.notFound('This account no longer exists', 'account.gone');
    return user;
  }

  async updateProfile(id: string, changes: { displayName?: string; locale?: string; languages?: string[] }): Promise<UserEntity> {
    const user = await this.get(id);
    if (changes.displayName !== undefined) user.displayName = changes.displayName.trim();
    if (changes.locale !== undefined) user.locale = changes.locale;
    if (changes.languages !== undefined) user.languages = [...new Set(changes.languages)];
    return this.users.save(user);
  }

  /**
   * Stores a new password hash and moves the account's session generation on, in one transaction with
   * its audit event and the NOTIFY that ends the older sessions on every replica. With `fromGeneration`
   * (a reset link's), only while the account is still in that generation; null when it no longer is.
   */
  changePassword(id: string, passwordHash: string): Promise<UserEntity>;
  changePassword(id: string, passwordHash: string, fromGeneration: number): Promise<UserEntity | null>;
  async changePassword(id: string, passwordHash: string, fromGeneration?: number): Promise<UserEntity | null> {
    const changed = await this.users.manager.transaction(async (tx) => {
      const [[row]]: [{ session_generation: number }[]] = await tx.query(
        `UPDATE users SET password_hash = $2, session_generation = session_generation + 1, sessions_ended_at = now()
          WHERE id = $1 AND ($3::int IS NULL OR session_generation = $3) RETURNING session_generation`,
        [id, passwordHash, fromGeneration ?? null],
      );
      if (!row) return false;
      await tx.query(`INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, 'PASSWORD_CHANGED', 'USER', $2, '', '{}')`, [id, id]);
      await announceAccountChange(tx, { userId: id, kind: 'sessionsEnded', generation: row.session_generation });
      return true;
    });
    return changed ? this.get(id) : null;
  }

  count(): Promise<number> {
    return this.users.count();
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserModel(user: UserEntity): UserModel {
  return Object.assign(new UserModel(), {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
    languages: user.languages,
    createdAt: user.createdAt,
  });
}
