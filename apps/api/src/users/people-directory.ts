import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PaymentsConfig } from '../config/app.config';
import { PAYMENTS_CONFIG } from '../ledger/payments-config';
import { workerLevelSql } from '../quality/worker-levels.sql';
import type { PeopleArgs } from './dto/people.args';
import type { PeoplePageModel, PersonModel } from './models/person.model';
import { Role } from './user.entity';

// The matching accounts are counted and one page of them is read in one statement. A search by part of
// an email or a name is a substring match (ILIKE '%…%'), served by the trigram indexes of migration
// PeopleSearch; the page's bans, answer totals, levels and balances are read for its rows alone, from the
// tables the quality, dispatch and ledger modules keep (read only, as the workers to review are).
const peopleSql = (where: string) => `
WITH matched AS (
  SELECT id, email, display_name, roles, status, suspended_at, suspension_reason, created_at FROM users WHERE ${where}
), page AS (
  SELECT * FROM matched ORDER BY created_at DESC, id LIMIT $1 OFFSET $2
)
SELECT (SELECT count(*) FROM matched)::int AS total, p.id, p.email, p.display_name, p.roles, p.created_at,
       EXISTS (SELECT 1 FROM worker_bans b WHERE b.worker_id = p.id AND b.lifted_at IS NULL) AS banned,
       p.suspended_at, p.suspension_reason,
       w.answers, a.balance, CASE WHEN 'WORKER' = ANY(p.roles) THEN ${workerLevelSql('p.id')} END AS level
  FROM (SELECT 1) one
  LEFT JOIN page p ON true
  LEFT JOIN worker_answer_totals w ON w.worker_id = p.id
  LEFT JOIN ledger_accounts a ON a.owner_kind = 'USER' AND a.owner_id = p.id AND a.type = 'REQUESTER_BALANCE' AND a.currency = $3
 ORDER BY p.created_at DESC, p.id`;

interface Row {
  total: number;
  id: string | null;
  email: string;
  display_name: string;
  roles: Role[];
  created_at: Date;
  banned: boolean;
  suspended_at: Date | null;
  suspension_reason: string | null;
  answers: number | null;
  balance: string | null;
  level: number | null;
}

/** `%part%` for LIKE, with the part's own % and _ matched as themselves. */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, '\\$&')}%`;
}

/** The admins' directory of every account: found by part of an email or name, filtered by role, paged. */
@Injectable()
export class PeopleDirectory {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENTS_CONFIG) private readonly payments: PaymentsConfig,
  ) {}

  async find(args: PeopleArgs & { id?: string }): Promise<PeoplePageModel> {
    const currency = this.payments.currency;
    const params: unknown[] = [args.limit, args.offset, currency];
    const conditions = ['true'];
    if (args.id) {
      params.push(args.id);
      conditions.push(`id = $${params.length}`);
    }
    if (args.search) {
      params.push(containsPattern(args.search));
      conditions.push(`(email ILIKE $${params.length} OR display_name ILIKE $${params.length})`);
    }
    if (args.role) {
      params.push(args.role);
      conditions.push(`$${params.length} = ANY(roles)`);
    }
    const rows: Row[] = await this.db.query(peopleSql(conditions.join(' AND ')), params);
    const items = rows.filter((r) => r.id !== null).map((r) => ({
      id: r.id as string,
      email: r.email,
      displayName: r.display_name,
      roles: r.roles,
      joinedAt: r.created_at,
      banned: r.banned,
      suspendedAt: r.suspended_at,
      suspensionReason: r.suspended_at ? (r.suspension_reason ?? '') : null,
      answersSent: r.roles.includes(Role.WORKER) ? (r.answers ?? 0) : null,
      level: r.level,
      balanceCents: r.roles.includes(Role.REQUESTER) ? Number(r.balance ?? 0) : null,
      currency,
    }));
    return { total: rows[0]?.total ?? 0, items };
  }

  /** One account as the directory shows it (after an admin acted on it). */
  async get(id: string): Promise<PersonModel> {
    const { items } = await this.find({ id, limit: 1, offset: 0 });
    return items[0];
  }
}
