// Typed outcomes of managing split rule sets; a rejected set lists every violation, each naming its rule.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import type { RuleViolation, RuleViolationCode } from './split-rules';

export enum SplitRuleViolationCode {
  NO_DEFAULT_RULE = 'NO_DEFAULT_RULE',
  SHARE_OUT_OF_RANGE = 'SHARE_OUT_OF_RANGE',
  OVER_PROFIT_SHARING_CAP = 'OVER_PROFIT_SHARING_CAP',
  OVERLAPPING_RULES = 'OVERLAPPING_RULES',
  STORE_AND_GROUP = 'STORE_AND_GROUP',
  DUPLICATE_RULE_NAME = 'DUPLICATE_RULE_NAME',
  /** A rule names a store, store group or category that does not exist. */
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
}
registerEnumType(SplitRuleViolationCode, { name: 'SplitRuleViolationCode' });

@ObjectType({ description: 'One reason a rule set cannot be published' })
export class SplitRuleViolation {
  @Field(() => SplitRuleViolationCode) code!: SplitRuleViolationCode;
  @Field(() => String, { nullable: true, description: 'The rule at fault; null for a problem of the whole set' }) ruleName!: string | null;
  @Field(() => String, { nullable: true, description: 'The other rule of an overlapping pair' }) otherRuleName!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType({ implements: ErrorResult, description: 'The rule set breaks the rules for rule sets; nothing was changed' })
export class SplitRuleSetRejectedError extends ErrorResult {
  @Field(() => [SplitRuleViolation]) violations!: SplitRuleViolation[];
  static of(violations: (RuleViolation | (Omit<RuleViolation, 'code'> & { code: RuleViolationCode | 'UNKNOWN_REFERENCE' }))[]) {
    const message = violations.map((v) => v.message).join('; ');
    return Object.assign(errorResult(new SplitRuleSetRejectedError(), ErrorCode.SPLIT_RULE_SET_REJECTED, message), {
      violations: violations.map((v) =>
        Object.assign(new SplitRuleViolation(), { ...v, code: v.code as SplitRuleViolationCode, otherRuleName: v.otherRuleName ?? null }),
      ),
    });
  }
}

@ObjectType({ implements: ErrorResult })
export class SplitRuleSetNotFoundError extends ErrorResult {
  @Field(() => ID) ruleSetId!: string;
  static of(ruleSetId: string) {
    return Object.assign(
      errorResult(new SplitRuleSetNotFoundError(), ErrorCode.SPLIT_RULE_SET_NOT_FOUND, `No split rule set ${ruleSetId}`),
      { ruleSetId },
    );
  }
}

@ObjectType({ implements: ErrorResult, description: 'Published versions are frozen; create a new draft instead' })
export class SplitRuleSetNotEditableError extends ErrorResult {
  @Field(() => ID) ruleSetId!: string;
  @Field(() => Int) version!: number;
  static of(ruleSetId: string, version: number) {
    const message = `Rule set ${ruleSetId} is published as version ${version} and can no longer change`;
    return Object.assign(errorResult(new SplitRuleSetNotEditableError(), ErrorCode.SPLIT_RULE_SET_NOT_EDITABLE, message), {
      ruleSetId,
      version,
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    "The shopper behind this code is another store's member already (the first bind stays). Nothing more is said: not which store, since when, nor their points",
})
export class MemberCodeAlreadyUsedError extends ErrorResult {
  static of() {
    return errorResult(new MemberCodeAlreadyUsedError(), ErrorCode.MEMBER_CODE_ALREADY_USED, 'This member code was already used');
  }
}
