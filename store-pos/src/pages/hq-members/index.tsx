// HQ's members: find one by the last digits of a phone or the 10 digits of a member code, or list a level; each row
// shows level, growth, points and orders, and a member's timeline (orders, refunds, points, level changes, coupons).
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { HqMemberLevelsDocument, HqMembersDocument, HqMemberTimelineDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { when } from '../../lib/time';
import '../hq.css';
import './members.css';
import { PaidMembership } from './PaidMembership';

const s = hq.members;
const PAGE = 50;

export default function HqMembersPage() {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [levelId, setLevelId] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [{ data: levels }] = useQuery({ query: HqMemberLevelsDocument });
  const [{ data, error, fetching }] = useQuery({
    query: HqMembersDocument,
    variables: { search: search || null, levelId: levelId || null, first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  const find = (e: FormEvent) => {
    e.preventDefault();
    setAfter(null);
    setSearch(typed.trim());
  };
  const members = data?.members.nodes ?? [];

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <form className="hq-filters" onSubmit={find} role="search">
          <label>
            {s.search}
            <input value={typed} onChange={(e) => setTyped(e.target.value)} inputMode="numeric" placeholder={s.searchHint} />
          </label>
          <label>
            {s.level}
            <select
              value={levelId}
              onChange={(e) => {
                setAfter(null);
                setLevelId(e.target.value);
              }}
            >
              <option value="">{s.allLevels}</option>
              {levels?.memberLevels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button className="btn" type="submit">
            {s.find}
          </button>
        </form>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {describeFault(error)}
        </p>
      )}
      <div className="hq-grid hq-grid-members">
        <div className="card">
          <div className="table-wrap">
            <table className="table" data-testid="members">
              <thead>
                <tr>
                  <th>{s.phone}</th>
                  <th>{s.reference}</th>
                  <th>{s.level}</th>
                  <th className="num">{s.growth}</th>
                  <th className="num">{s.points}</th>
                  <th className="num">{s.orders}</th>
                  <th>{s.lastOrder}</th>
                  <th>{s.homeStore}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr
                    key={m.shopperId}
                    className={m.shopperId === picked ? 'row-picked' : undefined}
                    aria-selected={m.shopperId === picked}
                    onClick={() => setPicked(m.shopperId)}
                  >
                    <td>
                      <button className="link-button" type="button" onClick={() => setPicked(m.shopperId)}>
                        {m.phone ?? s.noLevel}
                      </button>
                    </td>
                    <td className="mono">{m.reference ?? s.noLevel}</td>
                    <td>{m.levelName ?? s.noLevel}</td>
                    <td className="num">{m.growth}</td>
                    <td className="num">{m.points}</td>
                    <td className="num">{m.orders}</td>
                    <td className="nowrap">{when(m.lastOrderAt)}</td>
                    <td>{m.homeStoreName ?? s.noLevel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!fetching && members.length === 0 && <p className="muted">{s.none}</p>}
          {data?.members.pageInfo.hasNextPage && (
            <button className="btn" type="button" onClick={() => setAfter(data.members.pageInfo.endCursor ?? null)}>
              {s.more}
            </button>
          )}
        </div>
        <div className="card" data-testid="member-timeline">
          <h2>{s.timeline}</h2>
          {picked ? (
            <Timeline shopperId={picked} member={members.find((m) => m.shopperId === picked)} />
          ) : (
            <p className="muted">{s.pick}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function Timeline({
  shopperId,
  member,
}: {
  shopperId: string;
  member?: { phone?: string | null; levelName?: string | null; growth: number; points: number };
}) {
  const [{ data, error }] = useQuery({ query: HqMemberTimelineDocument, variables: { shopperId }, requestPolicy: 'network-only' });
  if (error) return <p className="form-error">{describeFault(error)}</p>;
  if (!data) return null;
  return (
    <>
      {member && (
        <p className="member-facts">
          {member.phone} · {member.levelName ?? s.noLevel} · {s.growth} {member.growth} · {s.points} {member.points}
        </p>
      )}
      <PaidMembership shopperId={shopperId} />
      {data.memberTimeline.length === 0 ? (
        <p className="muted">{s.noTimeline}</p>
      ) : (
        <ol className="member-timeline">
          {data.memberTimeline.map((e, i) => (
            <li key={`${e.at}-${e.kind}-${i}`} className={`tl-${e.kind.toLowerCase()}`}>
              <span className="tl-kind">{s.kinds[e.kind] ?? e.kind}</span>
              <span className="tl-title">{e.title}</span>
              <span className="tl-figure">
                {e.amountFen !== null && e.amountFen !== undefined ? yuan(e.amountFen) : ''}
                {e.points !== null && e.points !== undefined ? s.pointsDelta(e.points) : ''}
              </span>
              <time className="tl-at nowrap">{when(e.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
