// API outcomes to words and a next step, in one place: typed error results by errorCode, faults by kind.
import type { CombinedError } from 'urql';
import { reasonText } from './reasons';
import { t } from '../strings';

export interface ErrorLike {
  __typename?: string;
  errorCode?: string;
  message?: string;
}

export function isUnauthenticated(error: CombinedError): boolean {
  return error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** Words for a fault (network down, server error, forbidden) the screen shows with a retry. */
export function describeFault(error: CombinedError | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return t.errors.network;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (code === 'FORBIDDEN') return t.errors.forbidden;
  // A zone over the vertex cap is refused before it runs; HQ is told why (顶点超过 5000 个), not just "invalid".
  if (code === 'BAD_USER_INPUT' && first?.extensions?.limit === 'vertices') return reasonText(first.message, t.errors.invalidInput);
  if (code === 'BAD_USER_INPUT') return t.errors.invalidInput;
  if (code === 'UNAUTHENTICATED') return t.auth.expired;
  return t.errors.server;
}

/** Words for a typed error result (an ErrorResult member of a union). */
export function describeResult(result: ErrorLike): string {
  return (result.errorCode && t.errors.byCode[result.errorCode]) || t.errors.generic;
}

/** A union result is an error when it carries an errorCode. */
export function isErrorResult(result: object | null | undefined): result is ErrorLike & { errorCode: string } {
  return !!result && 'errorCode' in result && typeof (result as ErrorLike).errorCode === 'string';
}
