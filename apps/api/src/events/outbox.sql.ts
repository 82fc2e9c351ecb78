/** The event relay's statements on the outbox (event-relay.ts); the benchmark polls with the first. */

/**
 * A row when the outbox holds an event. Through the primary key: a bare EXISTS scans the table's pages,
 * full of rows relayed since the last vacuum (1.7 ms a poll under load, against a few index entries,
 * marked dead once seen, here).
 */
export const OUTBOX_PENDING_SQL = `SELECT id FROM event_outbox ORDER BY id LIMIT 1`;

/** The relay's advisory lock (the two-int key space, apart from bigint keys). */
export const RELAY_LOCK = `hashtext('fourmi'), hashtext('event-relay')`;

/**
 * Takes $1 events from the outbox, oldest first, for the replica whose turn it is (`turn`: the relay's
 * advisory lock, held to the end of the transaction; checked once, before any row is locked). Each event is deleted in the transaction that
 * relays it, so it is relayed once; SKIP LOCKED keeps that true should two passes ever overlap.
 */
const takeEvents = (turn: string) => `
WITH turn AS (SELECT ${turn} AS mine)
DELETE FROM event_outbox
 WHERE (SELECT mine FROM turn) AND id IN (SELECT id FROM event_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
RETURNING id, event`;

/** The events, or none when another replica is relaying (the poll skips its turn). */
export const TAKE_IF_TURN_SQL = takeEvents(`pg_try_advisory_xact_lock(${RELAY_LOCK})`);

/** The events, once the replica relaying has finished (drain). */
export const TAKE_IN_TURN_SQL = takeEvents(`(SELECT true FROM (SELECT pg_advisory_xact_lock(${RELAY_LOCK})) waited)`);

/** NOTIFYs $2 (text[]) on channel $1, in order, in one round trip. */
export const NOTIFY_SQL = `SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload`;
