import { MAX_GROUPED } from '@laurels/domain';
import { parse, type DocumentNode } from 'graphql';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
// eslint-disable-next-line no-restricted-imports -- what the bench sends and as whom: one list, for the bench and for this test
import { benchOperations, requestBody } from '../../../tools/bench/operations.mjs';
import { contactCentre, scaleSupport, type ContactCentre, type Role } from './support/contact-centre.js';
import { portalOperations } from './support/portal-operations.js';
import { rowsExamined, statementsDuring, type Planner } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';

/**
 * Every query the portal sends, measured in a contact centre of 300 people and again in one ten
 * times its size (people, ledger rows, celebrations, learning) in the same database, beside another
 * organisation: the same SQL statements, and no more rows examined by PostgreSQL.
 */

const SMALL = { users: 300, teamSize: 15, ledger: 30_000, celebrations: 3_000 };
const GROWN = { users: 3_000, teamSize: 15, ledger: 300_000, celebrations: 30_000 };
const NEIGHBOUR = { users: 300, teamSize: 15, ledger: 20_000, celebrations: 2_000 };

/** One read the portal makes: one of its operations (or the bench's own), with its variables, sent by someone. */
interface Read {
  readonly name: string;
  readonly portal?: string;
  readonly query?: string;
  readonly variables?: Record<string, unknown> | ((answers: Record<string, any>) => Record<string, unknown>);
  readonly as: Role | null;
}

/**
 * Every read the bench loads (tools/bench/operations.mjs: each portal query, with its variables
 * and who sends it), and variants of pages the bench leaves out.
 */
function reads(centre: ContactCentre): Read[] {
  const { seeded } = centre;
  return [
    ...benchOperations(seeded),
    // The bench's organisation has no certification yet: nobody there has learned anything.
    { name: 'CertificatePage', portal: 'Certificate', variables: { id: seeded.certificationAwardId }, as: 'agent' },
    { name: 'FeedPage filtered to one team', portal: 'FeedPage', variables: { teamId: seeded.teamId }, as: 'agent' },
    { name: 'FeedPage, customer praise only', portal: 'FeedPage', variables: { kinds: ['CUSTOMER_PRAISE'] }, as: 'agent' },
    {
      name: 'LeaderboardPage (INDIVIDUAL ALL_TIME) as the median earner',
      portal: 'Leaderboard',
      variables: { scope: 'INDIVIDUAL', period: 'ALL_TIME' },
      as: 'median',
    },
    {
      name: 'People picker in a team, searching "a" (manager)',
      portal: 'PeoplePicker',
      variables: { search: 'a', teamId: seeded.teamId },
      as: 'manager',
    },
  ];
}

/**
 * Reads whose rows grow with the organisation for reasons no local change removes: printed, held to
 * their statements only, and each a finding of issue 9.
 */
const KNOWN_GROWTH: Readonly<Record<string, string>> = {
  // grows: FeedService.spotlight reads every celebration of the last seven days with a reaction or comment (index
  // celebrations_engaged) to rank them by engagement: a busy week of a large organisation holds more of them.
  FeedPage: 'the spotlight ranks all of the week’s engaged celebrations',
  'FeedPage filtered to one team': 'the spotlight ranks all of the week’s engaged celebrations',
  'FeedPage, customer praise only': 'the spotlight ranks all of the week’s engaged celebrations',
  // grows: Badge.holderCount counts the badge's awards (an index-only scan of badge_awards_holders): one row per holder.
  'BadgePage (the most held badge)': 'holderCount counts every holder of the badge',
  // grows: Organization.teams lists every team (up to MAX_TEAMS, 500) with members(first: 6), and Team.memberCount
  // counts each team's people (users_by_team): the page reads everyone in a team.
  TeamsPage: 'lists every team, and counts every member of each',
  // grows: the team search matches anywhere in a name (laurels_fold(name) LIKE '%…%'), which no b-tree serves: it reads
  // every team of the organisation, up to MAX_TEAMS (500).
  'Team picker, searching "team" (agent)': 'a search inside team names reads every team (at most 500)',
  // grows: a name-word or email prefix as short as one letter matches a share of everyone; the directory reads every
  // matching word (user_search_terms_by_prefix) to order the people by name, as people-scale.int-spec.ts allows.
  'People picker, searching "a" (agent)': 'a one-letter prefix reads every matching word',
  // grows: the board of teams counts the organisation's teams (leaderboardCount(TEAM): count(*) FROM teams) and the
  // viewer's team's rank counts the teams ahead of it (team_points_totals_board): both up to MAX_TEAMS (500).
  'LeaderboardPage (TEAM QUARTER)': 'counts every team, and the teams ahead of the viewer’s (at most 500)',
  // grows: a rank is counted from the places ahead (points_totals_board, LeaderboardService.mine), and the median
  // earner has half the organisation ahead; leaderboard-scale.int-spec.ts holds the leader and those lower down to it.
  'LeaderboardPage (INDIVIDUAL ALL_TIME) as the median earner': 'the viewer’s rank counts everyone ahead of them',
  // grows: the admin's directory on the People page says how many people are active (people.totalCount, a count over the
  // directory's index): one row per active person.
  'PeoplePage directory (admin)': 'totalCount counts every active person',
  // grows: the same count for a search: "agent1" starts the names of ten times as many people in the grown organisation.
  'PeoplePage directory, searching "agent1" (admin)': 'totalCount counts every person the search matches',
  // grows: besides its cards (up to MAX_CELEBRATIONS, each with its kudos and grouped moments), the digest's CSAT and NPS
  // count every rating the organisation received that week (customer_feedback by organisation and date): a larger
  // organisation gets more ratings. A weekly total kept as ratings arrive would hold it to the cards.
  'DigestPage (last week)': 'its cards, and its CSAT and NPS count every rating of the week',
};

/**
 * Reads whose page holds more in the grown organisation, by at most this many rows: they read
 * what they show, but the small organisation's page shows less of it.
 */
const PAGE_SLACK: Readonly<Record<string, { readonly rows: number; readonly why: string }>> = {
  'LeaderboardPage (INDIVIDUAL MONTH)': { rows: 20, why: 'the teams of the twenty people on the board: as many as happen to differ' },
  'FeedPage, load more': {
    rows: 20 * MAX_GROUPED,
    why: `the moments grouped under the page’s twenty cards (at most ${MAX_GROUPED} a card): as many as its cards happen to group`,
  },
  'BadgePage, more holders': { rows: 20, why: 'the teams of the twenty holders on the page: as many as happen to differ' },
  'PeoplePage teams (admin)': {
    rows: 2 * 51,
    why: 'a page of up to 51 teams, each with its manager: the small organisation has 20 teams',
  },
};

/**
 * Rows either way on any read: with a handful of rows in all, certification awards for one,
 * PostgreSQL may read a table through the whole of its index rather than look its rows up.
 */
const PLAN_NOISE = 5;

interface Cost {
  readonly statements: number;
  readonly rows: number;
}

/**
 * What each read costs the database: the SQL statements the API sends for it (after one request
 * that warms what the API keeps between requests) and the rows PostgreSQL examines for them,
 * run again under EXPLAIN ANALYZE by `planner`.
 */
async function costs(api: TestApi, planner: Planner, centre: ContactCentre): Promise<Map<string, Cost>> {
  const documents = portalOperations();
  const answers: Record<string, any> = {};
  const measured = new Map<string, Cost>();
  for (const read of reads(centre)) {
    const document: DocumentNode = read.portal ? documents.get(read.portal)! : parse(read.query!);
    const variables = typeof read.variables === 'function' ? read.variables(answers) : (read.variables ?? {});
    const token = read.as ? centre.tokens[read.as] : null;
    const send = () => oneConnection(api, () => post(api, requestBody(document, variables), token));
    const answer = await send();
    if (read.portal) answers[read.portal] = answer;
    const statements = await statementsDuring(api, send);
    measured.set(read.name, { statements: statements.length, rows: await rowsExamined(planner, statements) });
  }
  return measured;
}

/**
 * Runs `work` with the API down to one database connection, the test holding the others: its
 * statements then run one after another and DataLoader's batches fall the same way on every
 * request. With ten, the keys sibling fields load go in one batch or two as the responses race.
 */
async function oneConnection<T>(api: TestApi, work: () => Promise<T>): Promise<T> {
  const pool = (api.app.get(DataSource).driver as PostgresDriver).master as pg.Pool;
  const held = await Promise.all(Array.from({ length: pool.options.max - 1 }, () => pool.connect()));
  try {
    return await work();
  } finally {
    for (const client of held) client.release();
  }
}

/** Posts a request body as Apollo Client does; the answer must have no errors. */
async function post(api: TestApi, body: string, token: string | null): Promise<Record<string, any>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const answer = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

describe('every query the portal sends, when the organisation grows tenfold', () => {
  let api: TestApi;
  let atScale: pg.Client;
  let small: ContactCentre;
  let before: Map<string, Cost>;
  let after: Map<string, Cost>;

  beforeAll(async () => {
    api = await startTestApi();
    // Plans as PostgreSQL makes them on tables of many organisations: through an index wherever one serves, joined by
    // looking rows up. On tables this test keeps small (organisations, teams, courses, certification awards: a few rows
    // per organisation) it would rather read them whole, or hash them, and the rows read would grow with the
    // organisations in the database; a table read whole because no index serves the statement is still read whole.
    atScale = new pg.Client({
      connectionString: api.databaseUrl,
      options: '-c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off',
    });
    await atScale.connect();
    const planner: Planner = { sql: async (text, params) => (await atScale.query(text, params)).rows };
    // As autovacuum leaves a database after a bulk load: statistics and the visibility map up to date.
    const settle = () => api.sql('VACUUM ANALYZE');

    await scaleSupport(api, 'neighbour', NEIGHBOUR);
    small = await contactCentre(api, 'small', SMALL);
    await settle();
    before = await costs(api, planner, small);
    const grown = await contactCentre(api, 'grown', GROWN);
    await settle();
    after = await costs(api, planner, grown);
  }, 300_000);

  afterAll(async () => {
    await atScale?.end();
    await api?.close();
  });

  it('measures every query the portal sends', () => {
    const measured = new Set(reads(small).map((read) => read.portal));
    const queries = [...portalOperations()]
      .filter(([, document]) =>
        document.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'query'),
      )
      .map(([name]) => name);
    // A new query of the portal goes into tools/bench/operations.mjs, with its variables and who sends it.
    expect(queries.filter((name) => !measured.has(name))).toEqual([]);
    expect([...Object.keys(KNOWN_GROWTH), ...Object.keys(PAGE_SLACK)].filter((name) => !before.has(name))).toEqual([]);
  });

  it('sends the same statements for every read', () => {
    const changed = [...before].flatMap(([name, few]) => {
      const many = after.get(name)!.statements;
      return many === few.statements ? [] : [`${name}: ${few.statements} → ${many} statements`];
    });
    expect(changed).toEqual([]);
  });

  it('examines no more rows for any read but those known to grow', () => {
    const lines: string[] = [];
    const grew: string[] = [];
    for (const [name, few] of before) {
      const many = after.get(name)!;
      const known = KNOWN_GROWTH[name];
      const slack = PAGE_SLACK[name];
      const change = `${name}: ${few.statements} → ${many.statements} statements, ${few.rows} → ${many.rows} rows`;
      lines.push(
        known ? `${change} (grows: ${known})` : slack ? `${change} (a page of up to ${slack.rows} rows more: ${slack.why})` : change,
      );
      if (!known && many.rows > few.rows + (slack?.rows ?? 0) + PLAN_NOISE) grew.push(change);
    }
    console.log(`What each read costs, in 300 people and then in 3,000:\n${lines.join('\n')}`);
    expect(grew).toEqual([]);
  });
});
