/** The event relay's statements on the outbox (event-relay.ts); the benchmark polls with the first. */

/**
 * A row when the outbox holds an event. Through the primary key: a bare EXISTS scans the table's pages,
 * full of rows relayed since the last vacuum (1.7 ms a poll under load, against a few index entries,
 * marked dead once seen, here).
 */
export const OUTBOX_PENDING_SQL = `SELECT id FROM event_outbox ORDER BY id LIMIT 1`;

/**
 * Takes $1 events from the outbox, oldest first. Each event is deleted in the transaction that relays
 * it, so it is relayed once; SKIP LOCKED keeps that true should two passes ever overlap.
 */
export const TAKE_SQL = `
DELETE FROM event_outbox
 WHERE id IN (SELECT id FROM event_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
RETURNING id, event`;
