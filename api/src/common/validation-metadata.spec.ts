import { MaxLength, Min } from 'class-validator';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, buildSchema, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { argumentValidator } from './validation-metadata';

@InputType()
class LineProbe {
  @Field(() => Int)
  @Min(1)
  quantity!: number;
}

@InputType()
class CartProbe {
  @Field({ nullable: true })
  @MaxLength(3)
  remark?: string;

  @Field(() => [LineProbe])
  lines!: LineProbe[];
}

@Resolver()
class ProbeResolver {
  @Query(() => Boolean)
  ok(): boolean {
    return true;
  }

  @Mutation(() => Int)
  place(@Arg('cart') cart: CartProbe, @Arg('more', () => [LineProbe], { nullable: true }) more?: LineProbe[]): number {
    return cart.lines.length + (more?.length ?? 0);
  }
}

const VALIDATION = { forbidUnknownValues: false };
const schemas: Record<string, Promise<GraphQLSchema>> = {};
const schema = (own: boolean) =>
  (schemas[String(own)] ??= buildSchema({
    resolvers: [ProbeResolver],
    validate: VALIDATION,
    ...(own ? { validateFn: argumentValidator(VALIDATION) } : {}),
  }));

const PLACE = `mutation P($cart: CartProbe!, $more: [LineProbe!]) { place(cart: $cart, more: $more) }`;
const place = async (own: boolean, variables: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(await graphql({ schema: await schema(own), source: PLACE, variableValues: variables })));

describe("the schema's argument validator", () => {
  it("answers every argument as type-graphql's own validation does", async () => {
    const cases = [
      { cart: { lines: [{ quantity: 1 }] } },
      { cart: { remark: 'ok', lines: [{ quantity: 2 }, { quantity: 3 }] }, more: [{ quantity: 1 }] },
      { cart: { remark: 'too long', lines: [{ quantity: 1 }] } },
      { cart: { lines: [{ quantity: 0 }] } },
      { cart: { lines: [] }, more: [{ quantity: 1 }, { quantity: -1 }] },
    ];
    for (const variables of cases) expect(await place(true, variables)).toEqual(await place(false, variables));
    expect((await place(true, cases[2]!)).errors[0]).toMatchObject({
      message: 'Argument Validation Error',
      extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'remark', constraints: { maxLength: expect.any(String) } }] },
    });
    expect((await place(true, cases[4]!)).errors[0].extensions.validationErrors[0]).toMatchObject({
      constraints: { min: expect.any(String) },
    });
  });
});
