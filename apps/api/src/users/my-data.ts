import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FileDownload } from '../common/downloads';
import {
  ACCOUNT_SQL,
  ANSWERS_PAGE_SQL,
  AUDIT_PAGE_SQL,
  BANS_SQL,
  LEDGER_ACCOUNTS_SQL,
  LEDGER_LINES_PAGE_SQL,
  LEVEL_SQL,
  PAYOUT_ACCOUNT_SQL,
  PAYOUTS_SQL,
  QUALITY_FLAGS_SQL,
  SKILLS_SQL,
  TOP_UPS_SQL,
} from './my-data.sql';
import { UsersService } from './users.service';

/** Rows read per query in the long lists (answers, ledger lines, audit events): bounded memory. */
export const MY_DATA_PAGE_SIZE = 1_000;

/** The version of the file's shape, in its first record: a field added keeps it, one changed bumps it. */
export const MY_DATA_FORMAT = 'fourmi-my-data/1';

/** One line of the file: a JSON object whose `type` says what it is. */
export type MyDataRecord = { type: string } & Record<string, unknown>;

type Row = Record<string, unknown>;

/**
 * A person's own data as a JSON Lines file (GDPR articles 15 and 20: a copy, machine-readable): their
 * account, level and skills, every answer with its review, appeal and gold contest, bans, quality flags,
 * money (ledger lines, payouts, top-ups) and the audit events about them or by them. A read model: it
 * reads the tables of the users, dispatch, quality, review, ledger and payments modules read only, in
 * SQL (my-data.sql.ts), and writes nothing. The long lists are read page after page as the client takes
 * the lines, each page on its own (no transaction held open while a slow client downloads), so an answer
 * given during the download may or may not be in it.
 */
@Injectable()
export class MyData {
  /** Rows per page of the long lists (a spec makes it small to cross pages). */
  pageSize = MY_DATA_PAGE_SIZE;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  /** Checks that the account still exists (so a refusal comes before the first byte), then streams. */
  async open(userId: string, now = new Date()): Promise<FileDownload> {
    await this.users.get(userId);
    return {
      filename: `fourmi-my-data-${now.toISOString().slice(0, 10)}.jsonl`,
      contentType: 'application/x-ndjson; charset=utf-8',
      lines: jsonLines(this.records(userId, now)),
    };
  }

  /** Every record of the file, in the order written. */
  async *records(userId: string, now = new Date()): AsyncGenerator<MyDataRecord> {
    yield { type: 'file', format: MY_DATA_FORMAT, createdAt: now.toISOString(), userId };
    const [account]: Row[] = await this.db.query(ACCOUNT_SQL, [userId]);
    if (!account) return; // gone since the check: nothing more is theirs
    yield {
      type: 'account',
      id: account.id,
      email: account.email,
      displayName: account.display_name,
      roles: account.roles,
      locale: account.locale,
      languages: account.languages,
      createdAt: account.created_at,
      status: account.status,
      suspendedAt: account.suspended_at,
      suspensionReason: account.suspended_at ? account.suspension_reason : null,
    };
    if ((account.roles as string[]).includes('WORKER')) {
      const [level]: Row[] = await this.db.query(LEVEL_SQL, [userId]);
      yield { type: 'level', level: level.level, acceptedAnswers: level.accepted, rejectedAnswers: level.rejected };
    }
    for (const s of await this.db.query(SKILLS_SQL, [userId])) {
      yield { type: 'skill', skill: s.skill, projectName: s.project_name, value: s.value, correct: s.correct, total: s.total, updatedAt: s.updated_at };
    }
    yield* this.answers(userId);
    for (const b of await this.db.query(BANS_SQL, [userId])) {
      yield { type: 'ban', id: b.id, projectId: b.project_id, projectName: b.project_name, reason: b.reason, reasonParams: b.reason_params, since: b.created_at, liftedAt: b.lifted_at };
    }
    for (const f of await this.db.query(QUALITY_FLAGS_SQL, [userId])) {
      yield { type: 'qualityFlag', id: f.id, projectId: f.project_id, assignmentId: f.assignment_id, kind: f.kind, detail: f.detail, detailParams: f.detail_params, createdAt: f.created_at };
    }
    yield* this.money(userId);
    yield* this.auditEvents(userId);
  }

  /** Every answer, then its appeal and its gold contest when it has one, page by page. */
  private async *answers(userId: string): AsyncGenerator<MyDataRecord> {
    let after = '0';
    for (;;) {
      const rows: Row[] = await this.db.query(ANSWERS_PAGE_SQL, [userId, after, this.pageSize]);
      for (const a of rows) {
        yield {
          type: 'answer',
          assignmentId: a.id,
          projectId: a.project_id,
          projectName: a.project_name,
          itemId: a.task_id,
          input: a.input,
          answer: a.answer,
          status: a.status,
          rewardCents: a.reward_cents,
          currency: a.currency,
          gold: a.is_gold,
          createdAt: a.created_at,
          submittedAt: a.submitted_at,
          durationMs: a.duration_ms,
          review: a.review_decision ? { decision: a.review_decision, reason: a.review_reason, decidedAt: a.reviewed_at } : null,
        };
        if (a.appeal_id) {
          yield { type: 'appeal', id: a.appeal_id, assignmentId: a.id, message: a.appeal_message, status: a.appeal_status, decisionNote: a.appeal_note, createdAt: a.appealed_at, decidedAt: a.appeal_decided_at };
        }
        if (a.contest_id) {
          yield { type: 'goldContest', id: a.contest_id, assignmentId: a.id, message: a.contest_message, status: a.contest_status, decisionNote: a.contest_note, createdAt: a.contested_at, decidedAt: a.contest_decided_at };
        }
      }
      if (rows.length < this.pageSize) return;
      after = String(rows[rows.length - 1].task_id);
    }
  }

  /** Their ledger accounts, each with its lines oldest first (page by page), payouts and top-ups. */
  private async *money(userId: string): AsyncGenerator<MyDataRecord> {
    const accounts: Row[] = await this.db.query(LEDGER_ACCOUNTS_SQL, [userId]);
    for (const account of accounts) {
      yield { type: 'ledgerAccount', account: account.type, currency: account.currency, balanceCents: Number(account.balance), createdAt: account.created_at };
      let after = '0';
      for (;;) {
        const lines: Row[] = await this.db.query(LEDGER_LINES_PAGE_SQL, [account.id, after, this.pageSize]);
        for (const l of lines) {
          yield {
            type: 'ledgerLine',
            id: l.id,
            transactionId: l.transaction_id,
            account: account.type,
            currency: account.currency,
            amountCents: Number(l.amount),
            kind: l.kind,
            memo: l.memo,
            memoKey: l.memo_key,
            memoParams: l.memo_params,
            at: l.created_at,
          };
        }
        if (lines.length < this.pageSize) break;
        after = String(lines[lines.length - 1].id);
      }
    }
    for (const p of await this.db.query(PAYOUTS_SQL, [userId])) {
      yield {
        type: 'payout',
        id: p.id,
        amountCents: Number(p.amount_cents),
        currency: p.currency,
        provider: p.provider,
        destination: p.destination,
        status: p.status,
        providerReference: p.provider_reference,
        failureReason: p.failure_reason,
        createdAt: p.created_at,
        updatedAt: p.updated_at,
      };
    }
    for (const a of await this.db.query(PAYOUT_ACCOUNT_SQL, [userId])) {
      yield { type: 'payoutAccount', provider: a.provider, providerAccountId: a.provider_account_id, createdAt: a.created_at };
    }
    for (const t of await this.db.query(TOP_UPS_SQL, [userId])) {
      yield { type: 'topUp', id: t.id, amountCents: Number(t.amount_cents), currency: t.currency, provider: t.provider, status: t.status, createdAt: t.created_at, paidAt: t.paid_at };
    }
  }

  private async *auditEvents(userId: string): AsyncGenerator<MyDataRecord> {
    let after = '0';
    for (;;) {
      const rows: Row[] = await this.db.query(AUDIT_PAGE_SQL, [userId, after, this.pageSize]);
      for (const e of rows) {
        yield { type: 'auditEvent', id: e.id, at: e.created_at, action: e.action, by: e.by, subjectKind: e.subject_kind, subjectId: e.subject_id, reason: e.reason };
      }
      if (rows.length < this.pageSize) return;
      after = String(rows[rows.length - 1].id);
    }
  }
}

async function* jsonLines(records: AsyncIterable<MyDataRecord>): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}
