// A settlement period: local business days, from and to included, at most about a quarter.
import { badUserInput } from '../../common/errors';

export const MAX_PERIOD_DAYS = 92;

export function checkPeriod(period: { from: string; to: string }): void {
  const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000;
  if (!(days >= 0)) throw badUserInput('to must be on or after from', 'to');
  if (days >= MAX_PERIOD_DAYS) throw badUserInput(`A period covers at most ${MAX_PERIOD_DAYS} days`, 'to');
}
