// Subscribe messages from the shopper's side: which WeChat templates to ask for, and recording what they accepted.
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from './notify.context';
import { Role } from '../auth/auth.entity';

export enum SubscribeTemplate {
  ORDER_READY = 'ORDER_READY',
  OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY',
  ORDER_REFUNDED = 'ORDER_REFUNDED',
  COUPON_EXPIRING = 'COUPON_EXPIRING',
}
registerEnumType(SubscribeTemplate, {
  name: 'SubscribeTemplate',
  description: 'Messages a shopper can subscribe to: 取货提醒, 配送提醒, 退款通知, 优惠券到期提醒 (asked for when claiming a coupon)',
});

@ObjectType()
export class SubscribeTemplateInfo {
  @Field(() => SubscribeTemplate) template!: SubscribeTemplate;
  @Field(() => String, { description: 'The WeChat template id to pass to wx.requestSubscribeMessage' }) templateId!: string;
  @Field(() => Int, { description: 'Messages of this kind you can still receive (one per acceptance); 0 unless signed in as a shopper' })
  remaining!: number;
}

@Resolver()
export class SubscriptionResolver {
  @Query(() => [SubscribeTemplateInfo], { description: 'The templates to ask for on the pay tap, with what the shopper has left of each' })
  subscribeTemplates(@Ctx() ctx: Context) {
    return ctx.services.subscriptions.templates(ctx.viewer);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => [SubscribeTemplateInfo], {
    description:
      "Record the templates the shopper accepted in wx.requestSubscribeMessage (those answered 'accept'): each allows one message",
  })
  acceptSubscriptions(@Arg('templates', () => [SubscribeTemplate]) templates: SubscribeTemplate[], @Ctx() ctx: Context) {
    return ctx.services.subscriptions.accept(ctx.viewer as Context['viewer'] & { shopperId: string }, templates);
  }
}
