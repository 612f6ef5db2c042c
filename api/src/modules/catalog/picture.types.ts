// GraphQL shapes of product pictures.
import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Product } from './catalog.entity';
import { PictureNotFoundError, ProductNotFoundError } from './catalog.errors';

export enum PictureFileFormat {
  WEBP = 'WEBP',
  JPEG = 'JPEG',
}
registerEnumType(PictureFileFormat, { name: 'PictureFileFormat', description: 'WebP is smaller; JPEG where WebP is not shown' });

@ObjectType({ description: 'A product picture; the URLs are immutable (they name the content), cache them for good' })
export class ProductPicture {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '0 is the cover' }) position!: number;
  @Field(() => Int, { description: 'Of the original' }) width!: number;
  @Field(() => Int) height!: number;
  hash!: string;
  format!: string;
}

export const SetProductPicturesResult = createUnionType({
  name: 'SetProductPicturesResult',
  types: () => [Product, ProductNotFoundError, PictureNotFoundError] as const,
});
