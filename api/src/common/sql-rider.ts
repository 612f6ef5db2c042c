// A read that may travel with another statement: its Bind and Execute go out in the same write as the other one's,
// before the same Sync, so two statements that do not wait for each other cost one round trip. On this kind of
// machine a round trip is the dearest part of a small statement for both sides: the API's socket write (which runs
// the loopback's TCP path and wakes the backend) and the backend's own read, write and wake-up.
//
// A rider is only ever a read. Outside a transaction only a read carries one: when either fails, PostgreSQL skips the
// rest up to the Sync, and the carrier is simply sent again alone (the rider then reads alone when it is asked for).
// Inside a transaction any statement may carry one, and the rider sees what it wrote: a failure there aborts the
// transaction, which fails as it would have when the rider failed alone a round trip later.
import pg from 'pg';
// pg's own value mapper for Bind (dates, arrays, buffers, JSON): the rider's values travel as the carrier's do.
import { prepareValue } from 'pg/lib/utils';

/** A statement as pg sends it: prepared under `name`. */
export interface PreparedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** A read another statement may carry (riderRows in sql.ts reads it alone when none did). */
export class SqlRider<T> {
  /** Its rows, once a statement carried it. */
  carried?: T[];

  constructor(
    readonly sql: string,
    readonly values: Record<string, unknown>,
  ) {}

  /** Whether this read asks exactly what `other` asks (the same statement, the same values). */
  asks(other: SqlRider<unknown>): boolean {
    return this.sql === other.sql && JSON.stringify(this.values) === JSON.stringify(other.values);
  }
}

interface PgConnection {
  parsedStatements: Record<string, string>;
  parse(p: { text: string; name: string }): void;
  bind(b: { statement: string; values: unknown[]; valueMapper: unknown }): void;
  describe(d: { type: 'P'; name: string }): void;
  execute(e: { portal?: string; rows?: number }): void;
  sync(): void;
}

interface QueryInternals {
  portal: string;
  _getRows(connection: PgConnection, rows?: number): void;
}
const QueryBase = pg.Query as unknown as new (config: object) => QueryInternals;

/** pg's Query with each rider's Bind, Describe and Execute after the statement's Execute, before the one Sync. */
class Carrying extends QueryBase {
  constructor(
    config: PreparedStatement,
    private readonly riders: readonly PreparedStatement[],
    /** Riders not prepared on this connection yet: parsed here, before their Bind. */
    private readonly parsing: readonly PreparedStatement[],
    readonly callback: (err: Error | null, results?: pg.QueryResult | pg.QueryResult[]) => void,
  ) {
    super(config);
  }

  /** The riders' texts, for the SQL recorder (it sees what goes through Client.query: this query's own text). */
  get riderTexts(): string[] {
    return this.riders.map((r) => r.text);
  }

  override _getRows(connection: PgConnection, rows?: number): void {
    if (rows) return super._getRows(connection, rows);
    connection.execute({ portal: this.portal });
    for (const rider of this.riders) {
      if (this.parsing.includes(rider)) connection.parse({ text: rider.text, name: rider.name });
      connection.bind({ statement: rider.name, values: rider.values, valueMapper: prepareValue });
      connection.describe({ type: 'P', name: '' });
      connection.execute({});
    }
    connection.sync();
  }
}

/**
 * Thrown when a carrying round trip failed after riders were sent to be prepared: whether the server prepared them is
 * unknown, so the connection must not be used for them again (the caller destroys it once done with it).
 */
export class CarryingUnsure extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

/**
 * The statement's rows and each rider's, from one round trip; rejects when any failed (PostgreSQL ran nothing after
 * it). A rider not prepared on the connection is prepared in the same round trip: pg learns of it here, since pg
 * takes every ParseComplete for the carrier's.
 */
export function queryCarrying(
  connection: pg.PoolClient,
  carrier: PreparedStatement,
  riders: readonly PreparedStatement[],
): Promise<unknown[][]> {
  const parsed = (connection as unknown as { connection: PgConnection }).connection.parsedStatements;
  const parsing = riders.filter((r) => parsed[r.name] !== r.text);
  for (const r of parsing) parsed[r.name] = r.text;
  return new Promise((resolve, reject) => {
    void connection.query(
      new Carrying(carrier, riders, parsing, (err, results) => {
        if (err) {
          for (const r of parsing) delete parsed[r.name];
          return reject(parsing.length ? new CarryingUnsure(err) : err);
        }
        // pg answers one result per statement that described rows: all are reads (or return rows), so one each.
        if (!Array.isArray(results) || results.length !== riders.length + 1) return reject(new Error('a carried read answered no rows'));
        resolve(results.map((r) => r.rows as unknown[]));
      }) as unknown as pg.QueryConfig,
    );
  });
}
