import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '#platform/auth';
import { IdArg } from '#platform/graphql';
import { CredentialsService } from './credentials.service.js';
import { CredentialVerificationObject } from './dto/credential-verification.object.js';

@Resolver(() => CredentialVerificationObject)
export class CredentialResolver {
  constructor(private readonly credentials: CredentialsService) {}

  @Query(() => CredentialVerificationObject, { description: 'Public: needs no sign-in.' })
  @Public()
  async verifyCredential(@IdArg('id') id: string): Promise<CredentialVerificationObject> {
    const verification = await this.credentials.verify(id);
    return CredentialVerificationObject.from(verification, verification.document ? this.credentials.credentialUrl(id) : null);
  }
}
