// Address book operations (shoppers only, their own addresses); every body is one service call.
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CoordinateSystem, fromCanonical, GeoPoint } from '../../common/geo';
import type { Context } from './address.context';
import { Role } from '../auth/auth.entity';
import { Address, DeleteAddressResult, SaveAddressInput, SaveAddressResult } from './address.types';

const shopperId = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver(() => Address)
export class AddressResolver {
  @Authorized(Role.SHOPPER)
  @Query(() => [Address], { description: 'Your saved addresses, the default first (at most 20)' })
  myAddresses(@Ctx() ctx: Context) {
    return ctx.services.address.list(shopperId(ctx));
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => SaveAddressResult, { description: 'Adds an address (no id) or changes one of yours' })
  saveAddress(@Arg('input', () => SaveAddressInput) input: SaveAddressInput, @Ctx() ctx: Context) {
    return ctx.services.address.save(shopperId(ctx), input);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => DeleteAddressResult)
  deleteAddress(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.address.delete(shopperId(ctx), id);
  }

  @FieldResolver(() => GeoPoint)
  location(
    @Root() address: Address,
    @Arg('system', () => CoordinateSystem, { defaultValue: CoordinateSystem.WGS84 }) system: CoordinateSystem,
  ): GeoPoint {
    return fromCanonical({ lat: address.lat, lng: address.lng }, system);
  }
}
