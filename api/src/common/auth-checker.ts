// type-graphql's @Authorized: roles come from the signed token; store scoping is checked in services.
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden, unauthenticated } from './errors';

export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const role = context.viewer.role;
  // Anonymous callers get UNAUTHENTICATED; signed-in callers without the role get FORBIDDEN.
  if (role === null) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(role)) throw forbidden(`This needs the role ${roles.join(' or ')}`);
  return true;
};
