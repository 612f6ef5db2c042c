// Username and password: a clerk on their own phone, HQ staff, or a tablet not enrolled yet.
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { homeOf } from '../../graphql/session';
import { LoginStaffDocument } from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { sessionOf } from '../../graphql/auth';
import { setSession, useDevice, useSession } from '../../graphql/session';
import { when } from '../../lib/time';
import { t } from '../../strings';
import { SessionEndedNotice } from '../../components/SessionEndedNotice';

export default function LoginPage() {
  const session = useSession();
  const device = useDevice();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginStaffDocument);

  if (session) return <Navigate to={from ?? homeOf[session.role]} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const res = await login({ username: username.trim(), password });
    const r = res.data?.loginStaff;
    if (!r) return setError(describeFault(res.error));
    if (r.__typename === 'SignInLockedError')
      return setError(t.auth.locked(when(new Date(Date.now() + r.retryAfterSeconds * 1000).toISOString())));
    if (r.__typename !== 'AuthPayload') return setError(describeResult(r));
    const next = sessionOf(r);
    if (!next) return setError(t.auth.forbidden);
    setSession(next);
    navigate(from ?? homeOf[next.role], { replace: true });
  }

  return (
    <div className="signin">
      <form className="card signin-card" onSubmit={submit}>
        <h1>{t.appName}</h1>
        <h2>{t.auth.title}</h2>
        <SessionEndedNotice />
        <label>
          {t.auth.username}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {t.auth.password}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="btn btn-primary btn-block" type="submit" disabled={fetching}>
          {fetching ? t.auth.signingIn : t.auth.signIn}
        </button>
        {device && (
          <Link className="btn btn-ghost btn-block" to="/unlock">
            {t.auth.usePin}
          </Link>
        )}
      </form>
    </div>
  );
}
