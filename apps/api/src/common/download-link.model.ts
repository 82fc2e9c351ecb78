import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ExportLink')
export class DownloadLinkModel {
  @Field(() => String, { description: 'Where the browser downloads the file (a path on this API), without a token' })
  url: string;

  @Field(() => Date, { description: 'The link works until then: open it at once' })
  expiresAt: Date;
}
