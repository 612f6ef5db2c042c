// Every page of a connection (100 at a time, as the API allows), for lists the console shows whole: stores.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';

export interface PageOf<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export function useAllPages<D, N>(
  doc: TypedDocumentNode<D, { after?: string | null }>,
  pick: (data: D) => PageOf<N>,
): { nodes: N[] | null; error: CombinedError | null; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<{ nodes: N[] | null; error: CombinedError | null }>({ nodes: null, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const nodes: N[] = [];
      let after: string | null = null;
      for (;;) {
        const res = await client.query(doc, { after }, { requestPolicy: round === 0 ? 'cache-first' : 'network-only' }).toPromise();
        if (!live) return;
        if (!res.data) return setState((s) => ({ nodes: s.nodes, error: res.error ?? null }));
        const page = pick(res.data);
        nodes.push(...page.nodes);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      setState({ nodes, error: null });
    })();
    return () => {
      live = false;
    };
    // `pick` is a plain accessor; a new one each render must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, doc, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
