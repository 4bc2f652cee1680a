import {
  addMember,
  createCourse,
  createTeam,
  signUpOrganization,
  withoutDefaultBadges,
  type CourseSpec,
  type Member,
  type Organization,
  type SeededCourse,
} from './fixtures.js';
import { setTeamManager } from './teams.js';
import type { TestApi } from './test-app.js';

/** A team's people, by display name. */
export interface TeamSpec {
  /**
   * Who manages the team: a new MANAGER who belongs to it, or, when the
   * world's `people` name them, someone in no team who manages it from outside.
   */
  readonly manager?: string;
  /** Its employees, in the order they join. */
  readonly members?: readonly string[];
}

/** What an organisation holds: teams by name, people in no team, courses. */
export interface Population {
  /** Teams by name, made in this order, each with its manager and members. */
  readonly teams?: Readonly<Record<string, TeamSpec>>;
  /** People in no team, by display name, made after the teams (those managing a team, when it is made). */
  readonly people?: readonly string[];
  /** Courses the admin authors, by a name of the test's choosing: published unless their spec says otherwise. */
  readonly courses?: Readonly<Record<string, CourseSpec>>;
}

export interface WorldSpec extends Population {
  readonly name?: string;
  readonly timeZone?: string;
  /** false: the organisation starts without the default badges, so that no badge bonus joins the points a test counts. */
  readonly defaultBadges?: boolean;
}

export interface WorldTeam {
  readonly id: string;
  readonly name: string;
  readonly manager: Member | null;
  /** Its employees, in the order declared; the manager is not one of them. */
  readonly members: Member[];
}

/** A team and its manager. */
export interface ManagedTeam extends WorldTeam {
  readonly manager: Member;
}

type TeamsIn<S> = S extends { readonly teams: infer T } ? T : Record<never, never>;
type CoursesIn<S> = S extends { readonly courses: infer C } ? C : Record<never, never>;
type NamesInTeam<T> =
  (T extends { readonly manager: infer M } ? M : never) | (T extends { readonly members: readonly (infer N)[] } ? N : never);
type NamesIn<S> =
  | (S extends { readonly people: readonly (infer N)[] } ? N : never)
  | { [K in keyof TeamsIn<S>]: NamesInTeam<TeamsIn<S>[K]> }[keyof TeamsIn<S>];

export interface Populated<S extends Population> {
  readonly teams: { readonly [K in keyof TeamsIn<S>]: TeamsIn<S>[K] extends { readonly manager: string } ? ManagedTeam : WorldTeam };
  /** Everyone declared, in a team or not, by display name. */
  readonly people: { readonly [N in NamesIn<S> & string]: Member };
  readonly courses: { readonly [K in keyof CoursesIn<S>]: SeededCourse };
}

export interface World<S extends WorldSpec> extends Populated<S> {
  readonly organization: Organization;
  readonly admin: Member;
}

/**
 * A new organisation holding what `spec` declares, made through the API as
 * its admin would make it; everyone can sign in (their token is on them).
 */
export async function buildWorld<const S extends WorldSpec>(api: TestApi, spec: S): Promise<World<S>> {
  const signedUp = await signUpOrganization(api, spec.name, spec.timeZone);
  const organization = spec.defaultBadges === false ? await withoutDefaultBadges(api, signedUp) : signedUp;
  return { organization, admin: organization.admin, ...(await populate(api, organization, spec)) };
}

/** Adds the teams, people and courses `spec` declares to an organisation. */
export async function populate<const S extends Population>(api: TestApi, organization: Organization, spec: S): Promise<Populated<S>> {
  const teamSpecs = Object.entries(spec.teams ?? {});
  const outside = new Set(spec.people);
  const declared = [
    ...teamSpecs.flatMap(([, team]) => [
      ...(team.manager === undefined || outside.has(team.manager) ? [] : [team.manager]),
      ...(team.members ?? []),
    ]),
    ...outside,
  ];
  const twice = declared.find((name, index) => declared.indexOf(name) !== index);
  if (twice !== undefined) throw new Error(`${twice} is declared twice: a world tells its people apart by name`);

  const people: Record<string, Member> = {};
  const join = async (name: string, options: { role?: 'MANAGER'; teamId?: string } = {}) =>
    (people[name] = await addMember(api, organization, { name, ...options }));

  const teams: Record<string, WorldTeam> = {};
  for (const [name, team] of teamSpecs) {
    let id: string;
    let manager: Member | null = null;
    if (team.manager !== undefined && outside.has(team.manager)) {
      manager = people[team.manager] ?? (await join(team.manager, { role: 'MANAGER' }));
      id = await createTeam(api, organization, name, manager.id);
    } else {
      id = await createTeam(api, organization, name);
      if (team.manager !== undefined) {
        manager = await join(team.manager, { role: 'MANAGER', teamId: id });
        await setTeamManager(api, organization, id, manager.id);
      }
    }
    const members: Member[] = [];
    for (const member of team.members ?? []) members.push(await join(member, { teamId: id }));
    teams[name] = { id, name, manager, members };
  }
  for (const name of outside) if (!(name in people)) await join(name);

  const courses: Record<string, SeededCourse> = {};
  for (const [key, course] of Object.entries(spec.courses ?? {})) courses[key] = await createCourse(api, organization.admin.token, course);
  return { teams, people, courses } as Populated<S>;
}

/**
 * A team managed by a MANAGER who belongs to it, "<name> Manager", with
 * `size` employees named "<name> 1", "<name> 2"...
 */
export async function managedTeam(api: TestApi, organization: Organization, name: string, size = 2): Promise<ManagedTeam> {
  const members = Array.from({ length: size }, (_, index) => `${name} ${index + 1}`);
  const { teams } = await populate(api, organization, { teams: { [name]: { manager: `${name} Manager`, members } } });
  return teams[name]!;
}
