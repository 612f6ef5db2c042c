// On the sign-in screens after the API ended the session (signed out elsewhere, revoked, expired), so the clerk
// knows why the tablet asks again and that nothing they did went wrong.
import { useSessionEndedByServer } from '../graphql/session';
import { t } from '../strings';

export function SessionEndedNotice() {
  if (!useSessionEndedByServer()) return null;
  return (
    <p className="session-ended" role="status" data-testid="session-ended">
      {t.auth.ended}
    </p>
  );
}
