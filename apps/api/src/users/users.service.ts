import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
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
