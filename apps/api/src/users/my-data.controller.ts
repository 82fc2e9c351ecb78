import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/allow.decorator';
import { SignedLinks } from '../auth/signed-links';
import { readDownloadLink, sendDownload } from '../common/downloads';
import { MyData } from './my-data';
import { MY_DATA_LINK } from './my-data.resolver';

/**
 * `GET /api/my-data?ticket=…`: the data Fourmi holds on the person a `createMyDataLink` link was made
 * for, as a JSON Lines download streamed from the database (see MyData). The ticket names the account:
 * a link opens that account's data only, for one minute.
 */
@Controller('api')
export class MyDataController {
  private readonly logger = new Logger(MyDataController.name);

  constructor(
    private readonly myData: MyData,
    private readonly links: SignedLinks,
  ) {}

  @Public() // the ticket is the proof: signed for this account, for a minute
  @Get('my-data')
  async download(@Query('ticket') ticket: string | undefined, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const claims = await readDownloadLink(this.links, MY_DATA_LINK, ticket, req, reply, 'myData');
    if (!claims) return; // the browser tab was shown the expired link page
    await sendDownload(reply, await this.myData.open(claims.userId), this.logger, `Data download of account ${claims.userId}`);
  }
}
