import { Controller, Get, Header, Headers, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '#platform/auth';
import { isId } from '#platform/graphql';
import { CredentialsService } from './credentials.service.js';

/**
 * The public side of credentials, for anyone and any verifier, no sign-in:
 * the credential as JSON or as its signed VC-JWT, and the issuer's profile and keys.
 */
@Controller()
export class CredentialsController {
  constructor(private readonly credentials: CredentialsService) {}

  /**
   * JSON by default; the signed VC-JWT with `Accept: application/vc+jwt` or
   * `?format=jwt`; people opening the link in a browser land on the portal's
   * verification page.
   */
  @Get('credentials/:id')
  @Public()
  async credential(
    @Param('id') id: string,
    @Query('format') format: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() res: FastifyReply,
  ) {
    const credential = isId(id) ? await this.credentials.find(id) : null;
    if (!credential) throw new NotFoundException({ statusCode: 404, message: 'No credential has this id' });
    if (format === 'jwt' || accept?.includes('application/vc+jwt')) {
      return res.type('application/vc+jwt').send(credential.jwt);
    }
    if (!format && accept?.includes('text/html') && !accept.includes('json')) return res.redirect(`/verify/${credential.id}`, 302);
    return res.type('application/vc+ld+json').send(credential.document);
  }

  @Get('issuers/:id')
  @Public()
  @Header('Content-Type', 'application/ld+json')
  async issuer(@Param('id') id: string) {
    if (!isId(id)) throw new NotFoundException({ statusCode: 404, message: 'No issuer has this id' });
    return this.credentials.issuerProfile(id).catch(() => {
      throw new NotFoundException({ statusCode: 404, message: 'No issuer has this id' });
    });
  }
}
