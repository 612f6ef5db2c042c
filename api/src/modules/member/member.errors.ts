// Typed outcomes of a member code shown at the counter.
import { ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';

@ObjectType({
  implements: ErrorResult,
  description:
    'No shopper shows this member code now: mistyped, forged, from a signed-out phone, or older than the previous 30-second step',
})
export class MemberCodeNotFoundError extends ErrorResult {
  static of() {
    return errorResult(
      new MemberCodeNotFoundError(),
      ErrorCode.MEMBER_CODE_NOT_FOUND,
      'No valid member code like this; ask the shopper to show a fresh one',
    );
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'This exact code was used at a counter already; the shopper’s screen shows the next one within 30 seconds',
})
export class MemberCodeReplayedError extends ErrorResult {
  static of() {
    return errorResult(
      new MemberCodeReplayedError(),
      ErrorCode.MEMBER_CODE_REPLAYED,
      'This member code was used already; scan the next one the shopper’s screen shows',
    );
  }
}
