// Why the stores' share is zero, where a money page shows one: no split rule published (or none in force yet),
// or the period's orders not completed (shares are posted on hand-over or delivery).
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { HqRulesInForceDocument } from '../../generated/graphql';
import { hq } from '../../hq-strings';

export function ShareNote({ orders, storeShareFen }: { orders: number; storeShareFen: number }) {
  const [{ data }] = useQuery({ query: HqRulesInForceDocument, requestPolicy: 'cache-and-network' });
  if (!data || orders === 0 || storeShareFen !== 0) return null;
  const now = Date.now();
  const inForce = data.splitRuleSets.some((x) => x.status === 'PUBLISHED' && x.effectiveAt && Date.parse(x.effectiveAt) <= now);
  return (
    <p className="hq-notice hq-notice-warn" role="note" data-testid="share-note">
      {inForce ? hq.shareNote.notPosted : hq.shareNote.noRule}
      {!inForce && (
        <>
          {' '}
          <Link to="/hq/rules">{hq.shareNote.toRules}</Link>
        </>
      )}
    </p>
  );
}
