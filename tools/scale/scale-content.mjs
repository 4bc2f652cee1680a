// The words of the Scale Support organisation: names, teams, courses, recognition. Plain data,
// picked from by the set-based SQL of scale-steps.mjs.
import { DEMO_COURSES } from '../../apps/api/dist/app/index.js';

export const ORGANIZATION = {
  organizationName: 'Scale Support',
  adminEmail: 'admin@scale.example',
  adminDisplayName: 'Robin Castellano',
  // Not UTC: leaderboard periods and kudos months start at the organisation's local midnight.
  timeZone: 'America/Chicago',
};

export const VALUES = ['Empathy', 'Ownership', 'Going the extra mile', 'Clarity', 'Teamwork'];

export const FIRST_NAMES = [
  'Aaliyah',
  'Aarav',
  'Abigail',
  'Adebayo',
  'Aisha',
  'Alejandro',
  'Amara',
  'Andrei',
  'Ana',
  'Arjun',
  'Astrid',
  'Ayumi',
  'Beatriz',
  'Bilal',
  'Camille',
  'Carlos',
  'Chen',
  'Chiara',
  'Connor',
  'Dalia',
  'Daniel',
  'Dmitri',
  'Elena',
  'Emeka',
  'Emma',
  'Farah',
  'Fatima',
  'Felix',
  'Gabriel',
  'Grace',
  'Hana',
  'Hassan',
  'Ines',
  'Isaac',
  'Ivy',
  'Jamal',
  'Jana',
  'Jonas',
  'Julia',
  'Kai',
  'Kenji',
  'Kofi',
  'Lara',
  'Liam',
  'Lucia',
  'Malik',
  'Maria',
  'Mateo',
  'Mei',
  'Mia',
  'Nadia',
  'Naveen',
  'Nina',
  'Olga',
  'Oscar',
  'Paolo',
  'Priyanka',
  'Rafael',
  'Rosa',
  'Ruth',
  'Samir',
  'Sofia',
  'Tariq',
  'Tomas',
  'Uma',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zainab',
];

export const LAST_NAMES = [
  'Abara',
  'Adeyemi',
  'Almeida',
  'Andersen',
  'Bakker',
  'Banerjee',
  'Becker',
  'Bianchi',
  'Brennan',
  'Castillo',
  'Chowdhury',
  'Costa',
  'Dubois',
  'Duarte',
  'Eriksen',
  'Fernandes',
  'Fischer',
  'Flores',
  'Garcia',
  'Gonzalez',
  'Haddad',
  'Hansen',
  'Hoffmann',
  'Ibrahim',
  'Ivanova',
  'Jansen',
  'Kaur',
  'Kim',
  'Kowalski',
  'Larsen',
  'Lee',
  'Lopez',
  'Mahlaba',
  'Mensah',
  'Moreau',
  'Murphy',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Okafor',
  'Oliveira',
  'Osei',
  'Park',
  'Patel',
  'Petrov',
  'Quinn',
  'Ramos',
  'Reyes',
  'Rossi',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Sokolova',
  'Tanaka',
  'Torres',
  'Van Dijk',
  'Walsh',
  'Wang',
  'Yilmaz',
  'Zhang',
  'Zulu',
];

/** Team n is "<area> <site>", and "<area> <site> 2" from the 201st team on. */
export const TEAM_AREAS = [
  'Billing',
  'Technical Support',
  'Customer Success',
  'Returns',
  'Onboarding',
  'Escalations',
  'Retention',
  'Live Chat',
  'Email Care',
  'Enterprise',
  'Payments',
  'Delivery',
  'Accounts',
  'Mobile',
  'Social Care',
  'Priority',
  'Partners',
  'Claims',
  'Orders',
  'Loyalty',
];
export const TEAM_SITES = ['Austin', 'Dublin', 'Manila', 'Kraków', 'Leeds', 'Cape Town', 'Lisbon', 'Toronto', 'Pune', 'Halifax'];

/** What the bulk of the ledger is for: recognition that needs no other fact (reason ADJUSTMENT), with its amount. */
export const LEDGER_AWARDS = [
  ['Quality review: five-star call handling', 10],
  ['First-contact resolution bonus', 15],
  ['Covered a colleague’s shift', 20],
  ['Closed the week with an empty queue', 10],
  ['Mentored a new starter through their first week', 25],
  ['Published a knowledge-base article', 20],
  ['Spotted and reported a product bug', 15],
  ['Top CSAT of the week in the team', 30],
  ['Perfect attendance this month', 10],
  ['Shadowed an escalation specialist', 5],
  ['Handled a priority incident end to end', 40],
  ['Suggested a macro the whole team now uses', 15],
];

export const KUDOS_MESSAGES = [
  'Took three of my callbacks so I could finish a migration. Thank you!',
  'Stayed calm with a very upset caller and turned the conversation around.',
  'Your write-up on refunds is now the first link in every escalation.',
  'Jumped into the chat queue when we were drowning on Monday morning.',
  'Explained the new billing rules so clearly that I finally get them.',
  'Caught my mistake before it reached the customer, and was kind about it.',
  'Built the troubleshooting checklist everyone on the team now uses.',
  'Walked me through my first angry caller. I learned so much.',
  'Stayed late to help a customer whose business was down.',
  'Always the first to answer a question in the team channel.',
  'Turned a one-star review into a thank-you note from the customer.',
  'Organised the handover so nothing fell through the cracks over the holidays.',
];

export const KUDOS_POINTS = [0, 5, 10, 10, 15, 20, 25];

export const CUSTOMERS = [
  'Dana Whitfield',
  'Marcus Olsen',
  'Priya Raman',
  'Helen Zhou',
  'Tom Becker',
  'Lucía Herrera',
  'Sam O’Neill',
  'Keiko Mori',
  'Ahmed Farouk',
  'Grace Liu',
  'Jonas Weber',
  'Chidi Eze',
  null,
];

export const PRAISE_COMMENTS = [
  'Solved in one call, and explained everything along the way. Outstanding.',
  'Patient, friendly and knew exactly what to do. Thank you!',
  'I was ready to cancel; now I am renewing for two more years.',
  'Followed up the next day without being asked. That is rare.',
  'Made a stressful day much easier. Best support I have had anywhere.',
  'Clear, quick and kind. Please thank them from me.',
  'Fixed a problem two other companies could not.',
  'Took ownership from start to finish. Five stars is not enough.',
];

export const STORIES = [
  [
    'Launch day, zero abandoned chats',
    'When the new billing page went live, chat volume tripled in an hour. The team split the hardest migrations and kept every customer updated until the queue was empty.',
  ],
  [
    'A midnight rescue for a retailer',
    'A customer’s checkout went down the night before their biggest sale. We stayed on the bridge until it was back, then checked in at opening time.',
  ],
  [
    'From escalation to reference customer',
    'An account that escalated three times in a month now answers reference calls for us, after one careful review of every open ticket.',
  ],
  [
    'The macro that saved an hour a day',
    'A small change to how we answer delivery questions now saves the whole site an hour a day, and customers say the answers are clearer.',
  ],
  [
    'Holiday cover, no customer waited',
    'Half the team was away over the holidays. A shared rota and a lot of goodwill meant no customer waited more than five minutes.',
  ],
  [
    'Teaching a customer’s team, not just fixing it',
    'Instead of closing the ticket, we ran a short session for the customer’s admins. Their ticket volume halved the next month.',
  ],
];

export const COMMENTS = [
  'This is exactly the teamwork we want. Thanks!',
  'Well deserved!',
  'So proud of this team.',
  'Amazing work, the customers noticed.',
  'Can you share how you did it at the next stand-up?',
  'Congratulations!',
  'Great example for the new starters.',
  'Legend.',
];

/** Courses: the generic demo courses, then generated ones; the first generated course has 40 lessons (the bench completes them all). */
const DEMO_KEYS = ['empathy', 'listening', 'deescalation'];

export const BENCH_COURSE_TITLE = 'Contact Centre Essentials';
export const BENCH_COURSE_LESSONS = 40;

const GENERATED = [
  { title: BENCH_COURSE_TITLE, skills: ['onboarding', 'communication'], lessons: BENCH_COURSE_LESSONS, topic: 'the contact centre' },
  { title: 'Writing Clear Replies', skills: ['writing', 'clarity'], lessons: 8, topic: 'written replies' },
  { title: 'Handling Refunds and Disputes', skills: ['billing', 'de-escalation'], lessons: 10, topic: 'refunds and disputes' },
  { title: 'Live Chat Best Practice', skills: ['chat', 'communication'], lessons: 6, topic: 'live chat' },
  { title: 'Protecting Customer Data', skills: ['security', 'compliance'], lessons: 7, topic: 'customer data' },
  { title: 'Coaching Your Team', skills: ['leadership', 'coaching'], lessons: 9, topic: 'coaching' },
];

function generatedCourse({ title, skills, lessons, topic }) {
  return {
    title,
    summary: `Practical habits for ${topic}, one short lesson at a time.`,
    skills,
    estimatedMinutes: lessons * 5,
    points: 20 + lessons * 2,
    modules: Array.from({ length: lessons }, (_, index) => ({
      title: `${title}: part ${index + 1}`,
      kind: 'LESSON',
      points: 5 + (index % 3) * 5,
      body: `## Part ${index + 1} of ${lessons}\n\nA short lesson on ${topic}.\n\n- Read the situation from the customer’s side first.\n- Say what you will do next, and when.\n- Write down what you learned for the next person.`,
    })),
  };
}

export const COURSES = [
  ...DEMO_COURSES.filter((course) => DEMO_KEYS.includes(course.key)).map(({ key: _key, publish: _publish, ...course }) => course),
  ...GENERATED.map(generatedCourse),
];

export const LEARNING_PATH = {
  title: 'New Starter Pathway',
  description: 'Your first month: the contact centre, empathy, listening and clear replies.',
  courseTitles: [BENCH_COURSE_TITLE, 'Empathy in Every Interaction', 'Active Listening', 'Writing Clear Replies'],
};

export const CERTIFICATIONS = [
  {
    name: 'Certified Service Professional',
    description: 'Listens first, writes clearly and calms difficult conversations. Renewed every year.',
    courseTitles: ['Empathy in Every Interaction', 'De-escalating an Angry Customer', 'Writing Clear Replies'],
    validityDays: 365,
    points: 150,
  },
];

/** One milestone per team, set by its manager: reached by learning, which the seed leaves to the people. */
export const TEAM_MILESTONE = {
  title: 'Learning month: 250 modules',
  metric: 'MODULES_COMPLETED',
  target: 250,
  startedDaysAgo: 10,
  lastsDays: 30,
};
