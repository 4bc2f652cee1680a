import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError, normalizeValues, validateKudosAllowance } from '@laurels/domain';
import type { Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async get(organizationId: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id: organizationId });
    if (!organization) throw new NotFoundError('Organization', organizationId);
    return organization;
  }

  async setValues(viewer: Viewer, values: readonly string[]): Promise<Organization> {
    const organization = await this.get(viewer.organizationId);
    organization.values = normalizeValues(values);
    return this.organizations.save(organization);
  }

  async setKudosAllowance(viewer: Viewer, points: number): Promise<Organization> {
    validateKudosAllowance(points);
    const organization = await this.get(viewer.organizationId);
    organization.kudosAllowance = points;
    return this.organizations.save(organization);
  }
}
