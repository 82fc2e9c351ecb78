import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money (invariant 5): double-entry ledger in integer minor units, escrow per batch, top-ups, payouts,
 * provider events applied once, reviews decided once, audit trail. The database itself refuses an
 * unbalanced transaction (deferred constraint trigger), a negative user balance (CHECK), a balance out
 * of step with its entries (maintained by trigger), and edits to the append-only tables.
 */
export class LedgerAndPayments1764100000000 implements MigrationInterface {
  name = 'LedgerAndPayments1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_accounts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner_kind text NOT NULL,
        owner_id uuid,
        type text NOT NULL,
        currency text NOT NULL DEFAULT 'EUR',
        balance bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_accounts_key UNIQUE NULLS NOT DISTINCT (owner_kind, owner_id, type, currency),
        CONSTRAINT ledger_accounts_type_check CHECK (
          (owner_kind = 'USER' AND owner_id IS NOT NULL AND type IN ('REQUESTER_BALANCE', 'WORKER_PENDING', 'WORKER_AVAILABLE', 'PAYOUTS_IN_FLIGHT'))
          OR (owner_kind = 'BATCH' AND owner_id IS NOT NULL AND type = 'BATCH_ESCROW')
          OR (owner_kind = 'PLATFORM' AND owner_id IS NULL AND type IN ('PLATFORM_FEES', 'PROVIDER_CLEARING'))),
        CONSTRAINT ledger_accounts_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
        -- Only the provider clearing account (money outside the platform) may go below zero.
        CONSTRAINT ledger_accounts_balance_check CHECK (type = 'PROVIDER_CLEARING' OR balance >= 0)
      )`);
    await db.query(`
      CREATE TABLE ledger_transactions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        reference text NOT NULL,
        idempotency_key text NOT NULL CONSTRAINT ledger_transactions_idempotency_key UNIQUE,
        memo text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ledger_transactions_reference_idx ON ledger_transactions (reference)`);
    await db.query(`
      CREATE TABLE ledger_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id bigint NOT NULL REFERENCES ledger_transactions(id),
        account_id bigint NOT NULL REFERENCES ledger_accounts(id),
        amount bigint NOT NULL CONSTRAINT ledger_entries_amount_check CHECK (amount <> 0),
        CONSTRAINT ledger_entries_line_key UNIQUE (transaction_id, account_id)
      )`);
    await db.query(`CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id, id)`);

    // Balances move with their entries, in the same statement; the CHECK above refuses a negative one.
    await db.query(`
      CREATE FUNCTION ledger_apply_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE ledger_accounts SET balance = balance + NEW.amount WHERE id = NEW.account_id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER ledger_entries_apply AFTER INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_apply_entry()`);
    // Checked at commit, once all lines are in: every transaction sums to zero, in one currency.
    await db.query(`
      CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE total numeric; currencies int;
      BEGIN
        SELECT coalesce(sum(e.amount), 0), count(DISTINCT a.currency) INTO total, currencies
          FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
         WHERE e.transaction_id = NEW.transaction_id;
        IF total <> 0 OR currencies > 1 THEN
          RAISE EXCEPTION 'ledger transaction % is unbalanced (sum %, % currencies)', NEW.transaction_id, total, currencies
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transactions_balanced';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced()`);
    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await db.query(`
      CREATE TABLE batch_escrows (
        batch_id uuid PRIMARY KEY REFERENCES batches(id),
        owner_id uuid NOT NULL REFERENCES users(id),
        currency text NOT NULL,
        reward_cents integer NOT NULL,
        fee_cents integer NOT NULL,
        max_assignments integer NOT NULL,
        reserved_cents bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE assignment_reviews (
        assignment_id bigint PRIMARY KEY REFERENCES assignments(id),
        decision text NOT NULL CONSTRAINT assignment_reviews_decision_check CHECK (decision IN ('ACCEPTED', 'REJECTED')),
        reason text,
        reviewer_id uuid NOT NULL REFERENCES users(id),
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE earning_holds (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        worker_id uuid NOT NULL REFERENCES users(id),
        currency text NOT NULL,
        amount_cents bigint NOT NULL CONSTRAINT earning_holds_amount_check CHECK (amount_cents > 0),
        available_at timestamptz NOT NULL,
        released_at timestamptz
      )`);
    await db.query(`CREATE INDEX earning_holds_due_idx ON earning_holds (available_at) WHERE released_at IS NULL`);

    await db.query(`
      CREATE TABLE provider_events (
        id text PRIMARY KEY,
        provider text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE top_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        amount_cents bigint NOT NULL CONSTRAINT top_ups_amount_check CHECK (amount_cents > 0),
        currency text NOT NULL,
        provider text NOT NULL,
        provider_session_id text CONSTRAINT top_ups_session_key UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CONSTRAINT top_ups_status_check CHECK (status IN ('PENDING', 'PAID', 'EXPIRED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz
      )`);
    await db.query(`CREATE INDEX top_ups_user_idx ON top_ups (user_id, created_at)`);
    await db.query(`
      CREATE TABLE payout_accounts (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        provider text NOT NULL,
        provider_account_id text NOT NULL CONSTRAINT payout_accounts_provider_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE payouts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worker_id uuid NOT NULL REFERENCES users(id),
        amount_cents bigint NOT NULL CONSTRAINT payouts_amount_check CHECK (amount_cents > 0),
        currency text NOT NULL,
        provider text NOT NULL,
        destination text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CONSTRAINT payouts_status_check CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'REVERSED')),
        provider_reference text CONSTRAINT payouts_provider_reference_key UNIQUE,
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX payouts_worker_idx ON payouts (worker_id, created_at)`);
    await db.query(`CREATE INDEX payouts_pending_idx ON payouts (created_at) WHERE status = 'PENDING'`);
    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES users(id),
        action text NOT NULL,
        subject_kind text NOT NULL,
        subject_id text NOT NULL,
        reason text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_kind, subject_id)`);
    for (const table of ['ledger_transactions', 'ledger_entries', 'provider_events', 'audit_events']) {
      await db.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    }

    // The requester's own estimate of a task's working time, used for fair pay until answers are measured.
    await db.query(`
      ALTER TABLE projects ADD COLUMN estimated_seconds_per_task integer
        CONSTRAINT projects_estimated_seconds_check CHECK (estimated_seconds_per_task > 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE projects DROP COLUMN estimated_seconds_per_task`);
    for (const table of ['audit_events', 'payouts', 'payout_accounts', 'top_ups', 'provider_events', 'earning_holds', 'assignment_reviews', 'batch_escrows']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP TABLE ledger_entries`);
    await db.query(`DROP TABLE ledger_transactions`);
    await db.query(`DROP TABLE ledger_accounts`);
    await db.query(`DROP FUNCTION refuse_change()`);
    await db.query(`DROP FUNCTION ledger_check_balanced()`);
    await db.query(`DROP FUNCTION ledger_apply_entry()`);
  }
}
