// Marks the hour rows that are the after-midnight tail of the previous day's overnight span, so a closed
// (or specially timed) previous date can stop its night from opening the store at 00:00 of the next day.
import { Migration } from '@mikro-orm/migrations';

const MINUTES = (hm: string) => `(split_part(${hm}, ':', 1)::int * 60 + split_part(${hm}, ':', 2)::int)`;

/**
 * Existing rows: a tail starts at 00:00 the day after a weekly entry that closes at or before it opens.
 * (Overlap checks allow no other span starting at 00:00 on that day, so the match is unambiguous.)
 */
export const MARK_CARRIED_HOURS = `
      UPDATE store_hours h SET carried = true
        FROM store s, jsonb_array_elements(s.hours) w
       WHERE s.id = h.store_id AND h.opens_min = 0
         AND ((w->>'weekday')::int % 7) + 1 = h.weekday
         AND ${MINUTES("w->>'closes'")} > 0
         AND ${MINUTES("w->>'closes'")} <= ${MINUTES("w->>'opens'")}
         AND ${MINUTES("w->>'closes'")} = h.closes_min`;

export class MigrationHoursCarried extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE store_hours ADD COLUMN carried boolean NOT NULL DEFAULT false`);
    this.addSql(MARK_CARRIED_HOURS);
  }
}
