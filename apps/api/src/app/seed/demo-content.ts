import { ModuleKind, Role } from '@laurels/domain';

/** The demo organisation: realistic enough to show every part of the product. */

export const DEMO_PASSWORD = 'laurels-demo';

export const DEMO_ORGANIZATION = {
  organizationName: 'Northwind Support',
  adminEmail: 'admin@northwind.example',
  adminDisplayName: 'Avery Collins',
  adminPassword: DEMO_PASSWORD,
  timeZone: 'Europe/London',
};

export const DEMO_VALUES = ['Empathy', 'Ownership', 'Going the extra mile', 'Clarity', 'Teamwork'];

export const DEMO_TEAMS = [
  {
    name: 'Frontline Support',
    manager: { email: 'maya@northwind.example', displayName: 'Maya Patel' },
    members: [
      { email: 'priya@northwind.example', displayName: 'Priya Shah' },
      { email: 'leo@northwind.example', displayName: 'Leo Martins' },
      { email: 'chloe@northwind.example', displayName: 'Chloe Nguyen' },
      { email: 'omar@northwind.example', displayName: 'Omar Haddad' },
    ],
  },
  {
    name: 'Technical Support',
    manager: { email: 'jordan@northwind.example', displayName: 'Jordan Lee' },
    members: [
      { email: 'hannah@northwind.example', displayName: 'Hannah Kim' },
      { email: 'diego@northwind.example', displayName: 'Diego Alvarez' },
      { email: 'zoe@northwind.example', displayName: 'Zoe Walsh' },
      { email: 'ben@northwind.example', displayName: 'Ben Carter' },
    ],
  },
  {
    name: 'Customer Success',
    manager: { email: 'sam@northwind.example', displayName: 'Sam Rivera' },
    members: [
      { email: 'ava@northwind.example', displayName: 'Ava Thompson' },
      { email: 'noah@northwind.example', displayName: 'Noah Fischer' },
      { email: 'lily@northwind.example', displayName: 'Lily Okafor' },
      { email: 'ethan@northwind.example', displayName: 'Ethan Brooks' },
    ],
  },
];

/** The sign-ins README.md and the start-up output name. */
export const DEMO_SIGN_INS = [
  { email: DEMO_ORGANIZATION.adminEmail, role: Role.ADMIN, password: DEMO_PASSWORD },
  { email: 'maya@northwind.example', role: Role.MANAGER, password: DEMO_PASSWORD },
  { email: 'priya@northwind.example', role: Role.EMPLOYEE, password: DEMO_PASSWORD },
];

export interface DemoQuestion {
  readonly prompt: string;
  readonly choices: string[];
  readonly answerIndex: number;
  readonly explanation?: string;
}

export interface DemoModule {
  readonly title: string;
  readonly kind: ModuleKind;
  readonly body: string;
  readonly points: number;
  readonly passingScore?: number;
  readonly questions?: DemoQuestion[];
}

export interface DemoCourse {
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  readonly skills: string[];
  readonly estimatedMinutes: number;
  readonly points: number;
  readonly publish: boolean;
  readonly modules: DemoModule[];
}

export const DEMO_COURSES: DemoCourse[] = [
  {
    key: 'onboarding',
    title: 'Welcome to Northwind Support',
    summary: 'How we help customers, the tools you will use every day, and what great service means here.',
    skills: ['onboarding', 'communication'],
    estimatedMinutes: 25,
    points: 50,
    publish: true,
    modules: [
      {
        title: 'How we support customers',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Every conversation is a chance to build trust

Customers reach us on **chat, email and phone**. Whatever the channel, we aim for the same three things:

1. **Understand** the problem before solving it.
2. **Own** it until it is fixed — no hand-offs without a warm introduction.
3. **Follow up** so the customer knows it stays fixed.

> "The customer should leave the conversation feeling heard, not processed."

Our targets are a first response within **2 hours** on email and a CSAT of **4.6 or above**.`,
      },
      {
        title: 'Our tools and support tiers',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Tiers

| Tier | Handles | Escalates when |
| --- | --- | --- |
| Frontline | Accounts, billing, how-to | a bug or outage is suspected |
| Technical | Integrations, bugs, outages | engineering is needed |
| Customer Success | Onboarding, renewals | the account is at risk |

## Tools

- **Help desk**: every conversation is a ticket with an owner.
- **Knowledge base**: search it before you answer; improve it after.
- **Status page**: check it first when several customers report the same thing.`,
      },
      {
        title: 'Onboarding check',
        kind: ModuleKind.QUIZ,
        points: 20,
        passingScore: 70,
        body: 'Three quick questions on how we work.',
        questions: [
          {
            prompt: 'A customer reports a problem three colleagues have reported in the last hour. What do you check first?',
            choices: ['Their browser version', 'The status page', 'Their billing history'],
            answerIndex: 1,
            explanation: 'Several reports of the same problem point to an incident: the status page tells you at once.',
          },
          {
            prompt: 'What is our first-response target on email?',
            choices: ['30 minutes', '2 hours', '1 business day'],
            answerIndex: 1,
          },
          {
            prompt: 'You need to pass a ticket to Technical Support. What do you do?',
            choices: [
              'Reassign it silently',
              'Introduce the colleague and tell the customer what happens next',
              'Ask the customer to open a new ticket',
            ],
            answerIndex: 1,
            explanation: 'A warm hand-off keeps ownership visible: the customer never has to repeat themselves.',
          },
        ],
      },
    ],
  },
  {
    key: 'empathy',
    title: 'Empathy in Every Interaction',
    summary: 'Recognise the feeling behind the request, say it out loud, and let it shape how you help.',
    skills: ['empathy', 'communication'],
    estimatedMinutes: 30,
    points: 60,
    publish: true,
    modules: [
      {
        title: 'What empathy sounds like',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Empathy is not agreement

Empathy means showing you understand how the situation **feels** to the customer — even when policy means you cannot give them everything they ask for.

**Sounds like:**
- "That is frustrating, especially the week of your launch."
- "I would be worried too if my invoices looked like that."

**Does not sound like:**
- "I understand your frustration." *(said to everyone, it means nothing)*
- "As per our policy…"`,
      },
      {
        title: 'Acknowledge, validate, act',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## A three-step habit

1. **Acknowledge** what happened, in the customer's words.
2. **Validate** the feeling: it makes sense given what happened.
3. **Act**: say exactly what you will do next, and when.

Try it on your next three tickets and notice how the tone of the replies changes.`,
      },
      {
        title: 'Empathy check',
        kind: ModuleKind.QUIZ,
        points: 25,
        passingScore: 70,
        body: 'Pick the most empathetic reply.',
        questions: [
          {
            prompt: 'A customer writes: "Third time I am asking. Nobody reads these emails." Best first line?',
            choices: [
              '"Per my colleague\'s previous email…"',
              '"You are right to be annoyed — you should not have had to ask three times. I have read the whole thread."',
              '"I understand your frustration."',
            ],
            answerIndex: 1,
            explanation: 'It names what happened and owns it; the generic line sounds scripted.',
          },
          {
            prompt: 'Which step comes right after acknowledging what happened?',
            choices: ['Explaining the policy', 'Validating the feeling', 'Offering a refund'],
            answerIndex: 1,
          },
          {
            prompt: 'Empathy means…',
            choices: ['agreeing with the customer', 'showing you understand how it feels to them', 'apologising as often as possible'],
            answerIndex: 1,
          },
        ],
      },
    ],
  },
  {
    key: 'listening',
    title: 'Active Listening',
    summary: 'Hear the real problem the first time: reflect, clarify and summarise before you solve.',
    skills: ['active listening', 'empathy', 'communication'],
    estimatedMinutes: 20,
    points: 50,
    publish: true,
    modules: [
      {
        title: 'The listening loop',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Reflect → Clarify → Summarise

- **Reflect**: repeat the key point back. *"So the export stops at 80%?"*
- **Clarify**: ask one open question at a time. *"What happens on screen when it stops?"*
- **Summarise** before you act: *"Let me check I have it: …"*

On the phone, silence is fine: count to two before you answer.`,
      },
      {
        title: 'Listening check',
        kind: ModuleKind.QUIZ,
        points: 20,
        passingScore: 70,
        body: 'Two questions on the listening loop.',
        questions: [
          {
            prompt: 'Which is a clarifying question?',
            choices: ['"Have you tried turning it off and on?"', '"What were you trying to do when it stopped?"', '"Is that all?"'],
            answerIndex: 1,
          },
          {
            prompt: 'When do you summarise?',
            choices: ['Before you start solving', 'Only when the customer asks', 'At the end of the shift'],
            answerIndex: 0,
            explanation: 'Summarising first catches misunderstandings before they cost a second contact.',
          },
        ],
      },
    ],
  },
  {
    key: 'deescalation',
    title: 'De-escalating an Angry Customer',
    summary: 'Stay calm, take ownership and turn a heated conversation into a solved problem — practised in a role-play.',
    skills: ['de-escalation', 'empathy', 'problem-solving'],
    estimatedMinutes: 35,
    points: 80,
    publish: true,
    modules: [
      {
        title: 'Why customers get angry',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Anger is usually fear or lost time

Most angry customers are afraid (of losing money, data, face with their boss) or have already lost time. Neither is about you.

**Do**
- lower your pace and volume;
- let them finish;
- name one concrete next step.

**Don't**
- argue about who is to blame;
- hide behind policy;
- promise what you cannot deliver.`,
      },
      {
        title: 'Role-play: the double-charged subscriber',
        kind: ModuleKind.SCENARIO,
        points: 40,
        passingScore: 75,
        body: `**Role-play.** Dana, an office manager, calls: her card was charged **twice** for the annual plan, the day before payroll. She opens with: *"This is a joke. I want my money back NOW or I'm cancelling."*

At each moment of the call, choose what you say.`,
        questions: [
          {
            prompt: 'Dana has just finished her opening. You say…',
            choices: [
              '"Please calm down, madam."',
              '"A double charge the day before payroll is the last thing you need — let\'s fix it right now."',
              '"Refunds are handled by billing, I\'ll transfer you."',
            ],
            answerIndex: 1,
            explanation: 'Acknowledge the impact and commit to action; "calm down" inflames, a cold transfer abandons her.',
          },
          {
            prompt: 'You confirm the duplicate charge. Dana asks how long the refund takes. You say…',
            choices: [
              '"Could be anything up to ten days, it\'s out of my hands."',
              '"I\'ve issued it now. Your bank will show it in 3 to 5 working days — I\'ll email you the confirmation."',
              '"Probably tomorrow."',
            ],
            answerIndex: 1,
            explanation: 'Be precise and honest, and give her something in writing.',
          },
          {
            prompt: 'Dana: "How do I know this won\'t happen again?" You say…',
            choices: [
              '"It was a one-off glitch, don\'t worry."',
              '"I\'ve flagged your account so billing checks it before the next renewal, and I\'ve reported the bug to our engineers."',
              '"You could switch to monthly billing."',
            ],
            answerIndex: 1,
          },
          {
            prompt: 'The call is ending. Best close?',
            choices: [
              '"Anything else?"',
              '"Thanks for your patience, Dana. I\'ll check on Thursday that the refund has landed."',
              '"Sorry again for our mistake, it won\'t happen again."',
            ],
            answerIndex: 1,
            explanation: 'A named follow-up turns a complaint into trust.',
          },
        ],
      },
      {
        title: 'De-escalation check',
        kind: ModuleKind.QUIZ,
        points: 20,
        passingScore: 70,
        body: 'Check the essentials.',
        questions: [
          {
            prompt: "What is most often behind a customer's anger?",
            choices: ['Fear or lost time', 'Personal dislike of the agent', 'A wish to get something for free'],
            answerIndex: 0,
          },
          {
            prompt: 'Which promise is safe to make?',
            choices: ['"This will never happen again."', '"I will email you by 5pm with an update."', '"Engineering will fix it today."'],
            answerIndex: 1,
          },
        ],
      },
    ],
  },
  {
    key: 'product',
    title: 'Product Knowledge: Northwind Cloud Basics',
    summary: 'Plans, billing and the five sign-in problems behind half of our tickets.',
    skills: ['product knowledge', 'problem-solving'],
    estimatedMinutes: 30,
    points: 60,
    publish: true,
    modules: [
      {
        title: 'Plans and billing',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Plans

- **Starter** — up to 5 seats, monthly only.
- **Team** — up to 50 seats, monthly or annual (2 months free).
- **Enterprise** — SSO, audit log, invoiced annually.

Seats added mid-cycle are **prorated**; seats removed take effect at renewal.`,
      },
      {
        title: 'Troubleshooting sign-in',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## The five usual suspects

1. Wrong workspace URL (check the subdomain).
2. SSO enforced but the user tries a password.
3. Expired invitation (valid 7 days).
4. Two-factor device lost: verify identity, then reset.
5. Browser blocking third-party cookies on the SSO page.`,
      },
      {
        title: 'Product check',
        kind: ModuleKind.QUIZ,
        points: 25,
        passingScore: 70,
        body: 'Four questions on plans and sign-in.',
        questions: [
          { prompt: 'Which plan includes SSO?', choices: ['Starter', 'Team', 'Enterprise'], answerIndex: 2 },
          { prompt: 'How long is an invitation valid?', choices: ['24 hours', '7 days', '30 days'], answerIndex: 1 },
          {
            prompt: 'A customer removes 3 seats mid-cycle. When does the bill change?',
            choices: ['Immediately, with a refund', 'At renewal', 'Never'],
            answerIndex: 1,
          },
          {
            prompt: 'A user on an SSO-enforced workspace cannot sign in with a password. What do you tell them?',
            choices: ['Reset the password', 'Use "Sign in with SSO"', 'Create a new account'],
            answerIndex: 1,
          },
        ],
      },
    ],
  },
  {
    key: 'leadership',
    title: 'Leading a Support Shift',
    summary: 'Run the queue, coach in the moment and keep the team calm on a busy day.',
    skills: ['leadership'],
    estimatedMinutes: 40,
    points: 80,
    publish: false,
    modules: [
      {
        title: 'Reading the queue',
        kind: ModuleKind.LESSON,
        points: 10,
        body: `## Before the shift

Check the backlog by age, not by count: the oldest ticket is your first problem.`,
      },
    ],
  },
];

export const DEMO_CERTIFICATIONS = [
  {
    name: 'Certified Customer Care Specialist',
    description: 'Handles every customer with empathy, listens first and calms difficult conversations. Renewed every year.',
    courseKeys: ['onboarding', 'empathy', 'deescalation'],
    validityDays: 365,
    points: 150,
  },
  {
    name: 'Northwind Cloud Product Expert',
    description: 'Knows the plans, billing rules and sign-in troubleshooting of Northwind Cloud. Renewed every six months.',
    courseKeys: ['onboarding', 'product'],
    validityDays: 180,
    points: 100,
  },
];

/** Badges managers have given by hand, with their reasons. */
export const DEMO_MANUAL_BADGES = [
  {
    badge: 'Customer Hero',
    to: 'priya@northwind.example',
    from: 'maya@northwind.example',
    reason: 'Stayed on a call an extra hour to rescue a launch-day migration for a customer.',
    daysAgo: 2,
  },
  {
    badge: 'Above and Beyond',
    to: 'hannah@northwind.example',
    from: 'jordan@northwind.example',
    reason: 'Rewrote the sign-in troubleshooting guide that the whole team now uses.',
    daysAgo: 5,
  },
];

/** Courses managers assigned to their teams; a due date in the past makes the work overdue. */
export const DEMO_ASSIGNMENTS = [
  {
    by: 'maya@northwind.example',
    team: 'Frontline Support',
    course: 'deescalation',
    dueInDays: 10,
    note: 'Before the holiday peak, please.',
    daysAgo: 6,
  },
  { by: 'maya@northwind.example', team: 'Frontline Support', course: 'empathy', dueInDays: -2, note: null, daysAgo: 14 },
  {
    by: 'jordan@northwind.example',
    team: 'Technical Support',
    course: 'product',
    dueInDays: 21,
    note: 'Covers the new billing rules.',
    daysAgo: 3,
  },
];

/** What customers said, as managers recorded it or a help desk export brought it in. */
export const DEMO_FEEDBACK = [
  {
    by: 'maya@northwind.example',
    about: 'priya@northwind.example',
    csat: 5,
    nps: 10,
    comment: 'Priya stayed with me until the migration worked. Outstanding.',
    customer: 'Dana Whitfield',
    ticket: 'NW-4812',
    daysAgo: 3,
  },
  {
    by: 'maya@northwind.example',
    about: 'leo@northwind.example',
    csat: 4,
    nps: 8,
    comment: 'Quick and friendly.',
    customer: 'Marco Bell',
    ticket: 'NW-4820',
    daysAgo: 2,
  },
  {
    by: 'maya@northwind.example',
    about: 'chloe@northwind.example',
    csat: 5,
    nps: 9,
    comment: null,
    customer: null,
    ticket: 'NW-4825',
    daysAgo: 1,
  },
  {
    by: 'maya@northwind.example',
    about: 'omar@northwind.example',
    csat: 3,
    nps: 6,
    comment: 'Took two replies to understand my question.',
    customer: 'Ines Carvalho',
    ticket: 'NW-4831',
    daysAgo: 1,
  },
  {
    by: 'jordan@northwind.example',
    about: 'hannah@northwind.example',
    csat: 5,
    nps: 10,
    comment: 'Hannah found the SSO misconfiguration in five minutes.',
    customer: 'Ravi Menon',
    ticket: 'NW-4790',
    daysAgo: 5,
  },
  {
    by: 'jordan@northwind.example',
    about: 'diego@northwind.example',
    csat: 4,
    nps: 7,
    comment: null,
    customer: null,
    ticket: 'NW-4802',
    daysAgo: 4,
  },
  {
    by: 'sam@northwind.example',
    about: 'ava@northwind.example',
    csat: 5,
    nps: 10,
    comment: 'Ava made our onboarding painless.',
    customer: 'Grace Liu',
    ticket: 'NW-4777',
    daysAgo: 8,
  },
];

/** Thanks between colleagues, tagged with the company values. */
export const DEMO_KUDOS = [
  {
    from: 'priya@northwind.example',
    to: 'omar@northwind.example',
    values: ['Teamwork'],
    points: 15,
    message: 'Took three of my callbacks so I could finish the migration with Dana. Thank you!',
    daysAgo: 4,
  },
  {
    from: 'jordan@northwind.example',
    to: 'hannah@northwind.example',
    values: ['Ownership', 'Clarity'],
    points: 25,
    message: 'Your SSO write-up is now the first link in every escalation.',
    daysAgo: 3,
  },
  {
    from: 'hannah@northwind.example',
    to: 'diego@northwind.example',
    values: ['Empathy'],
    points: 10,
    message: 'Stayed calm with a very upset admin and turned the call around.',
    daysAgo: 2,
  },
  {
    from: 'sam@northwind.example',
    to: 'ava@northwind.example',
    values: ['Going the extra mile'],
    points: 20,
    message: 'Built the onboarding checklist our new customers keep praising.',
    daysAgo: 1,
  },
  {
    from: 'chloe@northwind.example',
    to: 'priya@northwind.example',
    values: ['Empathy', 'Teamwork'],
    points: 10,
    message: 'Sat with me through my first angry caller. I learned so much.',
    daysAgo: 0,
  },
];

/** Colleagues going the extra mile, told by someone who saw it. */
export const DEMO_STORIES = [
  {
    by: 'maya@northwind.example',
    about: ['priya@northwind.example', 'leo@northwind.example'],
    title: 'Launch day, zero abandoned chats',
    body: 'When the new billing page went live, chat volume tripled in an hour. **Priya** took the hardest migrations while **Leo** triaged the queue and kept every customer updated.\n\nNot one chat was abandoned, and CSAT for the day was 4.8.',
    daysAgo: 2,
  },
];

/** Comments under celebrations, by sourceKey kind and the person celebrated. */
export const DEMO_COMMENTS = [
  {
    on: 'KUDOS',
    about: 'omar@northwind.example',
    by: 'maya@northwind.example',
    body: 'This is exactly the teamwork we want. Thanks both!',
  },
  { on: 'SUCCESS_STORY', about: null, by: 'jordan@northwind.example', body: 'Amazing work, Frontline. Technical Support owes you lunch.' },
];

/** What teams are rallying around. */
export const DEMO_MILESTONES = [
  {
    by: 'maya@northwind.example',
    team: 'Frontline Support',
    title: '15 modules completed this month',
    metric: 'MODULES_COMPLETED',
    target: 15,
    startedDaysAgo: 20,
    lastsDays: 30,
  },
  {
    by: 'maya@northwind.example',
    team: 'Frontline Support',
    title: 'CSAT of 4.5 or more',
    metric: 'AVERAGE_CSAT',
    target: 4.5,
    startedDaysAgo: 20,
    lastsDays: 70,
  },
  {
    by: 'jordan@northwind.example',
    team: 'Technical Support',
    title: 'Everyone certified on the product',
    metric: 'CERTIFICATIONS_EARNED',
    target: 4,
    startedDaysAgo: 10,
    lastsDays: 80,
  },
  {
    by: 'sam@northwind.example',
    team: 'Customer Success',
    title: '500 points as a team',
    metric: 'POINTS_EARNED',
    target: 500,
    startedDaysAgo: 15,
    lastsDays: 45,
  },
] as const;

export const DEMO_PATH = {
  title: 'New Hire Onboarding',
  description: 'Your first two weeks: how we work, empathy, listening and the product.',
  courseKeys: ['onboarding', 'empathy', 'listening', 'product'],
};

/**
 * Progress already made: which modules each person passed, and how many days
 * ago, so the demo opens with streaks, finished courses and work in progress.
 */
export const DEMO_PROGRESS: { email: string; steps: { course: string; modules: number; daysAgo: number }[] }[] = [
  {
    email: 'priya@northwind.example',
    steps: [
      { course: 'onboarding', modules: 3, daysAgo: 3 },
      { course: 'empathy', modules: 1, daysAgo: 2 },
      { course: 'empathy', modules: 2, daysAgo: 1 },
    ],
  },
  {
    email: 'leo@northwind.example',
    steps: [
      { course: 'onboarding', modules: 3, daysAgo: 5 },
      { course: 'listening', modules: 1, daysAgo: 0 },
    ],
  },
  { email: 'chloe@northwind.example', steps: [{ course: 'onboarding', modules: 2, daysAgo: 1 }] },
  {
    email: 'hannah@northwind.example',
    steps: [
      { course: 'onboarding', modules: 3, daysAgo: 9 },
      { course: 'product', modules: 3, daysAgo: 6 },
      { course: 'deescalation', modules: 2, daysAgo: 1 },
    ],
  },
  { email: 'diego@northwind.example', steps: [{ course: 'product', modules: 2, daysAgo: 2 }] },
  {
    email: 'ava@northwind.example',
    steps: [
      { course: 'onboarding', modules: 3, daysAgo: 12 },
      { course: 'empathy', modules: 3, daysAgo: 11 },
      { course: 'listening', modules: 2, daysAgo: 10 },
      { course: 'deescalation', modules: 3, daysAgo: 9 },
    ],
  },
  { email: 'noah@northwind.example', steps: [{ course: 'listening', modules: 2, daysAgo: 2 }] },
  { email: 'maya@northwind.example', steps: [{ course: 'deescalation', modules: 3, daysAgo: 7 }] },
];

/** Hannah mentors Diego on escalations, paired by their manager: three sessions so far, each worth points to Hannah. */
export const DEMO_MENTORSHIP = {
  by: 'jordan@northwind.example',
  mentor: 'hannah@northwind.example',
  mentee: 'diego@northwind.example',
  goal: 'Own tier-2 escalations end to end, from first reply to root cause',
  startedDaysAgo: 21,
  lastsDays: 60,
  sessions: [
    { by: 'hannah@northwind.example', daysAgo: 18, minutes: 45, notes: 'Walked through three SSO escalations and where each one stalled.' },
    {
      by: 'diego@northwind.example',
      daysAgo: 11,
      minutes: 30,
      notes: 'Shadowed Hannah on a live escalation; wrote up the root cause together.',
    },
    {
      by: 'hannah@northwind.example',
      daysAgo: 4,
      minutes: 60,
      notes: 'Diego led the customer call; feedback on setting expectations early.',
    },
  ],
};
