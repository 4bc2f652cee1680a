import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from './organization.entity.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationsService } from './organizations.service.js';
import { Newcomers } from './newcomers.js';
import { PeopleImportService } from './people-import.service.js';
import { PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { Team } from './team.entity.js';
import { TeamResolver } from './team.resolver.js';
import { TeamsService } from './teams.service.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';
import { UsersService } from './users.service.js';

/** People: the organisation, its teams and members. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, Team, User])],
  providers: [
    OrganizationsService,
    TeamsService,
    UsersService,
    PeopleService,
    PeopleImportService,
    Newcomers,
    OrganizationResolver,
    TeamResolver,
    UserResolver,
    PeopleResolver,
  ],
  exports: [OrganizationsService, TeamsService, UsersService, Newcomers],
})
export class OrganizationsModule {}
