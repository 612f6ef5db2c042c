// How a screen reads: urql's useQuery, plus what every screen needs to show a failed read as a failure (with a
// retry), never as an empty list. Reads of the shopper's own data wait for the sign-in, and a failed sign-in
// is a failed read whose retry signs in again.
import type { AnyVariables, DocumentInput, RequestPolicy } from '@urql/core';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { signIn } from './app-client';
import { useSession } from './session';

export interface Read<Data> {
  data: Data | undefined;
  /** Asking now (also while data from an earlier answer is still shown). */
  fetching: boolean;
  /** The last answer failed (network, server or sign-in): show it and offer `retry`. */
  failed: boolean;
  retry(): void;
}

interface ReadArgs<Data, Variables extends AnyVariables> {
  query: DocumentInput<Data, Variables>;
  variables?: Variables;
  pause?: boolean;
  requestPolicy?: RequestPolicy;
  /** The read needs the shopper's session (their orders, addresses, points). */
  signedIn?: boolean;
}

export function useRead<Data, Variables extends AnyVariables = AnyVariables>(args: ReadArgs<Data, Variables>): Read<Data> {
  const status = useSession();
  const waiting = args.signedIn === true && status !== 'ready';
  const [result, reexecute] = useQuery<Data, Variables>({
    query: args.query,
    variables: args.variables as Variables,
    pause: args.pause || waiting,
    requestPolicy: args.requestPolicy,
  } as Parameters<typeof useQuery<Data, Variables>>[0]);
  const sessionFailed = args.signedIn === true && status === 'failed';
  const retry = useCallback(() => {
    if (sessionFailed) void signIn();
    else reexecute({ requestPolicy: 'network-only' });
  }, [sessionFailed, reexecute]);
  return {
    data: result.data,
    fetching: result.fetching || (waiting && !sessionFailed),
    failed: sessionFailed || (!!result.error && !result.fetching),
    retry,
  };
}
