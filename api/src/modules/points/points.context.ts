// What the points module's resolver sees of a request: it reads the balance straight from the request's
// EntityManager, so it names no service.
import type { RequestContext } from '../../common/context';

export type Context = RequestContext;
