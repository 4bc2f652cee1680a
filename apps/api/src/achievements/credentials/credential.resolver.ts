import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '#platform/auth';
import { IdArg } from '#platform/graphql';
import { CredentialVerifier } from './credential-verifier.js';
import { CredentialsService } from './credentials.service.js';
import { CredentialVerificationObject } from './dto/credential-verification.object.js';

@Resolver(() => CredentialVerificationObject)
export class CredentialResolver {
  constructor(
    private readonly verifier: CredentialVerifier,
    private readonly credentials: CredentialsService,
  ) {}

  @Query(() => CredentialVerificationObject, { description: 'Public: needs no sign-in.' })
  @Public()
  async verifyCredential(@IdArg('id') id: string): Promise<CredentialVerificationObject> {
    const verification = await this.verifier.verify(id);
    return CredentialVerificationObject.from(verification, verification.document ? this.credentials.credentialUrl(id) : null);
  }
}
