import { Controller, Get, Headers, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { svgFromDataUri } from '@laurels/domain';
import { Public } from '#platform/auth';
import { isId } from '#platform/graphql';
import { CredentialsService } from './credentials.service.js';
import { IssuerDocumentsService } from './issuer-documents.service.js';

const notFound = (what: string) => new NotFoundException({ statusCode: 404, message: `No ${what} has this id` });

/** File name of a credential's download: its name, in letters a file system takes. */
const fileName = (document: Record<string, unknown>, extension: string) =>
  `${
    String(document.name ?? 'credential')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'credential'
  }.${extension}`;

/** The picture a credential carries for wallets (its achievement's `image`), as SVG text. */
function achievementSvg(document: Record<string, unknown>): string | null {
  const subject = document.credentialSubject as { achievement?: { image?: { id?: unknown } } } | undefined;
  const uri = subject?.achievement?.image?.id;
  return typeof uri === 'string' ? svgFromDataUri(uri) : null;
}

/**
 * The public side of credentials, for anyone and any verifier, no sign-in: the credential with
 * its embedded proof or as its VC-JWT, and the issuer's profile, DID document and status lists.
 */
@Controller()
export class CredentialsController {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly issuers: IssuerDocumentsService,
  ) {}

  /**
   * JSON with its embedded proof by default (`?download` as a file, the one Learner Credential
   * Wallet imports); the VC-JWT with `Accept: application/vc+jwt` or `?format=jwt`; people
   * opening the link in a browser land on the portal's verification page.
   */
  @Get('credentials/:id')
  @Public()
  async credential(
    @Param('id') id: string,
    @Query('format') format: string | undefined,
    @Query('download') download: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() res: FastifyReply,
  ) {
    const credential = isId(id) ? await this.credentials.served(id) : null;
    if (!credential) throw notFound('credential');
    if (format === 'jwt' || accept?.includes('application/vc+jwt')) {
      return res.type('application/vc+jwt').send(credential.jwt);
    }
    if (download !== undefined) {
      return res
        .type('application/json')
        .header('content-disposition', `attachment; filename="${fileName(credential.document, 'json')}"`)
        .send(credential.document);
    }
    if (!format && accept?.includes('text/html') && !accept.includes('json')) return res.redirect(`/verify/${credential.id}`, 302);
    return res.type('application/vc+ld+json').send(credential.document);
  }

  /** The credential's picture as an SVG file to download and share: the very image wallets show. */
  @Get('credentials/:id/image.svg')
  @Public()
  async image(@Param('id') id: string, @Res() res: FastifyReply) {
    const credential = isId(id) ? await this.credentials.served(id) : null;
    const svg = credential && achievementSvg(credential.document);
    if (!credential || !svg) throw notFound('credential picture');
    return res
      .type('image/svg+xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(credential.document, 'svg')}"`)
      .send(svg);
  }

  @Get('issuers/:id')
  @Public()
  async issuer(@Param('id') id: string, @Res() res: FastifyReply) {
    if (!isId(id)) throw notFound('issuer');
    const profile = await this.issuers.profile(id).catch(() => {
      throw notFound('issuer');
    });
    return res.type('application/ld+json').send(profile);
  }

  /** The issuer's did:web document, where the did:web method resolves `did:web:<host>:issuers:<id>`. */
  @Get('issuers/:id/did.json')
  @Public()
  async didDocument(@Param('id') id: string, @Res() res: FastifyReply) {
    const document = isId(id) ? await this.issuers.didDocument(id) : null;
    if (!document) throw notFound('did:web issuer');
    return res.type('application/did+ld+json').send(document);
  }

  /** One of the issuer's revocation lists: a signed BitstringStatusListCredential. */
  @Get('issuers/:id/status/:list')
  @Public()
  async statusList(@Param('id') id: string, @Param('list') list: string, @Res() res: FastifyReply) {
    const document = isId(id) && /^\d{1,6}$/.test(list) ? await this.issuers.statusList(id, Number(list)) : null;
    if (!document) throw notFound('status list');
    return res.type('application/vc+ld+json').header('cache-control', 'no-cache').send(document);
  }
}
