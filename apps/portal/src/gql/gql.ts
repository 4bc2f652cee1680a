/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query NotificationBell {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationBellAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationBellAddedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment BadgeTile_progress on BadgeProgress {\n    current\n    target\n    earned\n    awardedAt\n    badge {\n      id\n      name\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n    }\n  }\n": typeof types.BadgeTile_ProgressFragmentDoc,
    "\n  mutation AwardBadge($badgeId: ID!, $userId: ID!, $reason: String!) {\n    awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AwardBadgeDocument,
    "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateBadgeDocument,
    "\n  mutation RevokeBadge($awardId: ID!, $reason: String!) {\n    revokeBadge(awardId: $awardId, reason: $reason) {\n      id\n      revokedAt\n      revokedReason\n    }\n  }\n": typeof types.RevokeBadgeDocument,
    "\n  fragment BadgePage_holder on BadgeAward {\n    id\n    cursor\n    awardedAt\n    reason\n    revokedAt\n    revokedReason\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    awardedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.BadgePage_HolderFragmentDoc,
    "\n  query BadgePage($id: ID!) {\n    badge(id: $id) {\n      id\n      name\n      description\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n      holderCount\n      myAward {\n        id\n        awardedAt\n        revokedAt\n        credentialUrl\n      }\n      awards(first: 20) {\n        ...BadgePage_holder\n      }\n    }\n    organization {\n      id\n      name\n    }\n    myBadgeProgress {\n      badge {\n        id\n      }\n      current\n      target\n      earned\n    }\n  }\n": typeof types.BadgePageDocument,
    "\n  query BadgeHolders($id: ID!, $after: String) {\n    badge(id: $id) {\n      id\n      awards(first: 20, after: $after) {\n        ...BadgePage_holder\n      }\n    }\n  }\n": typeof types.BadgeHoldersDocument,
    "\n  query BadgeWall {\n    myBadgeProgress {\n      badge {\n        id\n      }\n      earned\n      current\n      target\n      ...BadgeTile_progress\n    }\n  }\n": typeof types.BadgeWallDocument,
    "\n  fragment CertificationCard_certification on CertificationDefinition {\n    name\n    description\n    validityDays\n    points\n    requiredCourses {\n      id\n      title\n      myEnrollment {\n        id\n        status\n        cycle\n        completedAt\n      }\n    }\n  }\n\n  fragment CertificationCard_award on CertificationAward {\n    id\n    status\n    issuedAt\n    expiresAt\n    sequence\n    revokedReason\n  }\n": typeof types.CertificationCard_CertificationFragmentDoc,
    "\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      id\n      status\n      progress\n      cycle\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RetakeCourseDocument,
    "\n  query CertificationCourses {\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n  }\n": typeof types.CertificationCoursesDocument,
    "\n  mutation CreateCertification($input: CreateCertificationInput!) {\n    createCertification(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCertificationDocument,
    "\n  query Certificate($id: ID!) {\n    certificationAward(id: $id) {\n      id\n      status\n      issuedAt\n      expiresAt\n      revokedReason\n      credentialUrl\n      certification {\n        id\n        name\n        description\n      }\n      user {\n        id\n        displayName\n      }\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.CertificateDocument,
    "\n  mutation RevokeCertification($awardId: ID!, $reason: String!) {\n    revokeCertification(awardId: $awardId, reason: $reason) {\n      id\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n": typeof types.RevokeCertificationDocument,
    "\n  query Certifications {\n    certifications {\n      id\n      ...CertificationCard_certification\n    }\n    me {\n      id\n      certifications {\n        id\n        certification {\n          id\n        }\n        ...CertificationCard_award\n      }\n    }\n  }\n": typeof types.CertificationsDocument,
    "\n  query Catalogue($skill: String) {\n    allSkills: courses(status: PUBLISHED) {\n      id\n      skills\n    }\n    courses(status: PUBLISHED, skill: $skill) {\n      id\n      title\n      summary\n      ...CourseCard_course\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n      status\n      myEnrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n      modules {\n        id\n        position\n        title\n        kind\n        points\n        myCompletion {\n          id\n          passed\n          score\n        }\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      status\n      progress\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  fragment DigestHighlights_digest on Digest {\n    celebrations {\n      id\n      kind\n      level\n      user {\n        id\n        displayName\n      }\n      grouped {\n        id\n        kind\n        level\n      }\n      ...DigestMoment_celebration\n    }\n    customerPraise {\n      id\n      ...DigestMoment_celebration\n    }\n    topLearners {\n      rank\n      points\n      user {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    milestonesReached {\n      id\n      title\n      reachedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DigestHighlights_DigestFragmentDoc,
    "\n  fragment DigestMoment_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    kudos {\n      id\n      values\n    }\n  }\n": typeof types.DigestMoment_CelebrationFragmentDoc,
    "\n  query DigestPage($from: DateTime!, $to: DateTime!) {\n    digest(from: $from, to: $to) {\n      from\n      to\n      html\n      ...DigestHighlights_digest\n    }\n  }\n": typeof types.DigestPageDocument,
    "\n  mutation ClaimExternalLearning($input: ClaimExternalLearningInput!) {\n    claimExternalLearning(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimExternalLearningDocument,
    "\n  fragment ClaimReview_claim on ExternalLearningClaim {\n    id\n    title\n    provider\n    completedOn\n    hours\n    evidenceUrl\n    status\n    points\n    note\n    user {\n      id\n      displayName\n    }\n  }\n": typeof types.ClaimReview_ClaimFragmentDoc,
    "\n  mutation ReviewExternalLearning($claimId: ID!, $approve: Boolean!, $points: Int, $note: String) {\n    reviewExternalLearning(claimId: $claimId, approve: $approve, points: $points, note: $note) {\n      id\n      status\n      points\n      note\n    }\n  }\n": typeof types.ReviewExternalLearningDocument,
    "\n  fragment EventCard_event on LearningEvent {\n    id\n    kind\n    title\n    description\n    startsAt\n    endsAt\n    location\n    skills\n    points\n    hostPoints\n    status\n    goingCount\n    viewerGoing\n    attendanceRecorded\n    hosts {\n      id\n      displayName\n    }\n    attended {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.EventCard_EventFragmentDoc,
    "\n  mutation Rsvp($eventId: ID!, $going: Boolean!) {\n    rsvp(eventId: $eventId, going: $going) {\n      id\n      goingCount\n      viewerGoing\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  mutation RecordAttendance($eventId: ID!, $userIds: [ID!]!) {\n    recordAttendance(eventId: $eventId, userIds: $userIds) {\n      ...EventCard_event\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation ReviewLearningEvent($eventId: ID!, $publish: Boolean!) {\n    reviewLearningEvent(eventId: $eventId, publish: $publish) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewLearningEventDocument,
    "\n  mutation CreateLearningEvent($input: CreateLearningEventInput!) {\n    createLearningEvent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateLearningEventDocument,
    "\n  query Events($from: DateTime!, $to: DateTime!, $reviewer: Boolean!) {\n    learningEvents(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      ...EventCard_event\n    }\n    myClaims: externalLearningClaims(mine: true) {\n      id\n      title\n      provider\n      status\n      points\n      note\n    }\n    reviewQueue: externalLearningClaims(status: PENDING) @include(if: $reviewer) {\n      id\n      ...ClaimReview_claim\n    }\n    organization {\n      id\n      externalLearningPointsLimit\n    }\n  }\n": typeof types.EventsDocument,
    "\n  fragment CommentThread_celebration on Celebration {\n    id\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommentThread_CelebrationFragmentDoc,
    "\n  fragment FeedItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    customerName\n    level\n    grouped {\n      id\n      kind\n      title\n      icon\n      createdAt\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    people {\n      id\n      displayName\n    }\n    actor {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    kudos {\n      id\n      values\n      points\n    }\n    ...ReactionBar_celebration\n    ...CommentThread_celebration\n  }\n": typeof types.FeedItem_CelebrationFragmentDoc,
    "\n  fragment ReactionBar_celebration on Celebration {\n    id\n    reactions {\n      emoji\n      count\n    }\n    myReactions\n  }\n": typeof types.ReactionBar_CelebrationFragmentDoc,
    "\n  fragment Spotlight_celebration on Celebration {\n    id\n    kind\n    icon\n    title\n    createdAt\n    level\n    grouped {\n      id\n      kind\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    reactions {\n      emoji\n      count\n    }\n    comments {\n      id\n    }\n  }\n": typeof types.Spotlight_CelebrationFragmentDoc,
    "\n  mutation CommentOnCelebration($celebrationId: ID!, $body: String!) {\n    comment(celebrationId: $celebrationId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommentOnCelebrationDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      to {\n        id\n        displayName\n      }\n      from {\n        id\n        kudosAllowanceLeft\n      }\n    }\n  }\n": typeof types.GiveKudosDocument,
    "\n  subscription FeedCelebrationAdded {\n    celebrationAdded {\n      id\n      ...FeedItem_celebration\n    }\n  }\n": typeof types.FeedCelebrationAddedDocument,
    "\n  mutation PostSuccessStory($input: PostSuccessStoryInput!) {\n    postSuccessStory(input: $input) {\n      id\n      ...FeedItem_celebration\n    }\n  }\n": typeof types.PostSuccessStoryDocument,
    "\n  mutation React($celebrationId: ID!, $emoji: String!) {\n    react(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($celebrationId: ID!, $emoji: String!) {\n    unreact(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  query FeedPage($teamId: ID, $kinds: [CelebrationKind!]) {\n    celebrations(first: 10, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    spotlight(first: 5) {\n      id\n      ...Spotlight_celebration\n    }\n    me {\n      id\n      displayName\n      kudosAllowanceLeft\n      team {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      values\n      kudosAllowance\n    }\n  }\n": typeof types.FeedPageDocument,
    "\n  query FeedTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.FeedTeamDocument,
    "\n  query FeedCelebrations($teamId: ID, $kinds: [CelebrationKind!], $after: String) {\n    celebrations(first: 10, after: $after, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FeedCelebrationsDocument,
    "\n  fragment AssignmentList_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    note\n    course {\n      id\n      title\n    }\n    assignedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.AssignmentList_AssignmentFragmentDoc,
    "\n  fragment LatestBadges_award on BadgeAward {\n    id\n    badge {\n      id\n      name\n      icon\n      tier\n    }\n  }\n": typeof types.LatestBadges_AwardFragmentDoc,
    "\n  query ManagerTeam($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      memberCount\n      milestones(first: 5) {\n        id\n        title\n        progress\n        reachedAt\n        endsAt\n      }\n      unrecognised(first: 5) {\n        id\n        displayName\n      }\n    }\n    teamAssignments(teamId: $teamId, first: 10, open: true) {\n      id\n      dueAt\n      overdue\n      assignee {\n        id\n        displayName\n      }\n      course {\n        id\n        title\n      }\n    }\n    customerFeedback(teamId: $teamId, first: 3) {\n      id\n      csat\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ManagerTeamDocument,
    "\n  fragment RecentPoints_entry on PointsEntry {\n    id\n    amount\n    reason\n    description\n    createdAt\n  }\n": typeof types.RecentPoints_EntryFragmentDoc,
    "\n  fragment StatsPanel_user on User {\n    id\n    points\n    streakDays\n    level {\n      number\n      title\n      minPoints\n      nextLevelPoints\n      progress\n    }\n  }\n": typeof types.StatsPanel_UserFragmentDoc,
    "\n  query HomePage {\n    me {\n      id\n      displayName\n      managedTeams {\n        id\n      }\n      ...StatsPanel_user\n      badges {\n        ...LatestBadges_award\n      }\n    }\n    myEnrollments {\n      id\n      status\n      course {\n        id\n        ...CourseCard_course\n      }\n    }\n    # Suggestions come from the start of the catalogue: three not yet taken among its first twenty.\n    courses(status: PUBLISHED, first: 20) {\n      id\n      ...CourseCard_course\n    }\n    pointsHistory(first: 6) {\n      ...RecentPoints_entry\n    }\n    myAssignments {\n      id\n      status\n      ...AssignmentList_assignment\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query Leaderboard($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {\n    leaderboard(scope: $scope, period: $period, first: 20) {\n      ...LeaderboardPage_entry\n    }\n    myLeaderboardEntry(scope: $scope, period: $period) {\n      ...LeaderboardPage_entry\n    }\n    leaderboardCount(scope: $scope)\n    me {\n      id\n      leaderboardOptOut\n      team {\n        id\n      }\n    }\n  }\n\n  fragment LeaderboardPage_entry on LeaderboardEntry {\n    rank\n    points\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  mutation SetLeaderboardOptOut($optOut: Boolean!) {\n    setLeaderboardOptOut(optOut: $optOut) {\n      id\n      leaderboardOptOut\n    }\n  }\n": typeof types.SetLeaderboardOptOutDocument,
    "\n  fragment QuizPlayer_module on Module {\n    id\n    kind\n    passingScore\n    questions {\n      id\n      prompt\n      choices\n    }\n    myCompletion {\n      id\n      passed\n      score\n      feedback {\n        questionId\n        correct\n        explanation\n      }\n    }\n  }\n": typeof types.QuizPlayer_ModuleFragmentDoc,
    "\n  mutation CompleteModule($input: CompleteModuleInput!) {\n    completeModule(input: $input) {\n      pointsAwarded\n      levelUp {\n        number\n        title\n      }\n      newBadges {\n        id\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      newCertifications {\n        id\n        certification {\n          id\n          name\n        }\n      }\n      completion {\n        id\n        passed\n        module {\n          id\n          myCompletion {\n            id\n            passed\n            score\n            completedAt\n            feedback {\n              questionId\n              correct\n              explanation\n            }\n          }\n        }\n      }\n      enrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n    }\n  }\n": typeof types.CompleteModuleDocument,
    "\n  query ModulePage($courseId: ID!, $moduleId: ID!) {\n    course(id: $courseId) {\n      id\n      title\n      points\n      myEnrollment {\n        id\n        status\n        progress\n      }\n      modules {\n        id\n        position\n        title\n        myCompletion {\n          id\n          passed\n        }\n      }\n    }\n    module(id: $moduleId) {\n      id\n      title\n      kind\n      body\n      points\n      myCompletion {\n        id\n        passed\n      }\n      ...QuizPlayer_module\n    }\n  }\n": typeof types.ModulePageDocument,
    "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      unreadCount\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query CoursePicker($search: String) {\n    courses(search: $search, first: 21) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CoursePickerDocument,
    "\n  mutation CreateLearningPath($input: CreateLearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLearningPathDocument,
    "\n  mutation UpdateLearningPath($input: UpdateLearningPathInput!) {\n    updateLearningPath(input: $input) {\n      id\n      title\n      description\n    }\n  }\n": typeof types.UpdateLearningPathDocument,
    "\n  query Paths {\n    learningPaths {\n      id\n      title\n      description\n      courses {\n        id\n        title\n        status\n        estimatedMinutes\n        myEnrollment {\n          id\n          status\n          progress\n        }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query PeopleDirectory($search: String, $deactivated: Boolean!, $after: String) {\n    people(search: $search, deactivated: $deactivated, first: 20, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        startedAt\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query PeopleTeams($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 51) {\n        id\n        name\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PeopleTeamsDocument,
    "\n  mutation CreatePerson($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      startedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation SetPersonPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password) {\n      id\n    }\n  }\n": typeof types.SetPersonPasswordDocument,
    "\n  mutation ImportPeople($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      created\n      skipped\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportPeopleDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation RenameTeam($teamId: ID!, $name: String!) {\n    renameTeam(teamId: $teamId, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameTeamDocument,
    "\n  mutation SetTeamManager($teamId: ID!, $userId: ID!) {\n    setTeamManager(teamId: $teamId, userId: $userId) {\n      id\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetTeamManagerDocument,
    "\n  query ProfilePage($id: ID!) {\n    me {\n      id\n    }\n    user(id: $id) {\n      id\n      displayName\n      role\n      points\n      leaderboardOptOut\n      level {\n        number\n        title\n      }\n      team {\n        id\n        name\n      }\n      badges {\n        id\n        awardedAt\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      certifications(first: 20) {\n        id\n        issuedAt\n        expiresAt\n        revokedAt\n        certification {\n          id\n          name\n        }\n      }\n      kudosReceived(first: 10) {\n        ...ProfileKudos_connection\n      }\n      stories(first: 5) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  fragment ProfileKudos_connection on KudosConnection {\n    nodes {\n      id\n      message\n      values\n      points\n      createdAt\n      from {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ProfileKudos_ConnectionFragmentDoc,
    "\n  fragment ProfileStories_connection on CelebrationConnection {\n    nodes {\n      id\n      ...CelebrationItem_celebration\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ProfileStories_ConnectionFragmentDoc,
    "\n  query ProfileMoreKudos($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      kudosReceived(first: 10, after: $after) {\n        ...ProfileKudos_connection\n      }\n    }\n  }\n": typeof types.ProfileMoreKudosDocument,
    "\n  query ProfileMoreStories($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      stories(first: 5, after: $after) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n": typeof types.ProfileMoreStoriesDocument,
    "\n  fragment ChatWebhookForm_organization on Organization {\n    id\n    chatWebhookConfigured\n    chatWebhookFailures\n  }\n": typeof types.ChatWebhookForm_OrganizationFragmentDoc,
    "\n  fragment KudosAllowanceForm_organization on Organization {\n    id\n    kudosAllowance\n  }\n": typeof types.KudosAllowanceForm_OrganizationFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment ValuesEditor_organization on Organization {\n    id\n    values\n  }\n": typeof types.ValuesEditor_OrganizationFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetOrganizationValues($values: [String!]!) {\n    setOrganizationValues(values: $values) {\n      id\n      values\n    }\n  }\n": typeof types.SetOrganizationValuesDocument,
    "\n  mutation SetKudosAllowance($points: Int!) {\n    setKudosAllowance(points: $points) {\n      id\n      kudosAllowance\n    }\n  }\n": typeof types.SetKudosAllowanceDocument,
    "\n  mutation SetChatWebhook($url: String) {\n    setChatWebhook(url: $url) {\n      id\n      chatWebhookConfigured\n      chatWebhookFailures\n    }\n  }\n": typeof types.SetChatWebhookDocument,
    "\n  query SettingsPage {\n    me {\n      id\n      role\n    }\n    organization {\n      id\n      name\n      values\n      ...ValuesEditor_organization\n      ...KudosAllowanceForm_organization\n      ...ChatWebhookForm_organization\n    }\n  }\n": typeof types.SettingsPageDocument,
    "\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.AddModuleDocument,
    "\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      id\n      title\n      body\n      points\n      passingScore\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.UpdateModuleDocument,
    "\n  query AnswerKey($moduleId: ID!) {\n    answerKey(moduleId: $moduleId) {\n      id\n      prompt\n      choices\n      answerIndex\n      explanation\n    }\n  }\n": typeof types.AnswerKeyDocument,
    "\n  query StudioCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      status\n      skills\n      estimatedMinutes\n      points\n      modules {\n        id\n        position\n        title\n        kind\n        body\n        points\n        passingScore\n        questions {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StudioCourseDocument,
    "\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n": typeof types.PublishCourseDocument,
    "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n": typeof types.MoveModuleDocument,
    "\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n": typeof types.RemoveModuleDocument,
    "\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveCourseDocument,
    "\n  query Studio {\n    courses {\n      id\n      title\n      status\n      skills\n      moduleCount\n    }\n  }\n": typeof types.StudioDocument,
    "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation AssignCourse($input: AssignCourseInput!) {\n    assignCourse(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignCourseDocument,
    "\n  mutation AssignLearningPath($input: AssignLearningPathInput!) {\n    assignLearningPath(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignLearningPathDocument,
    "\n  fragment AssignmentMatrix_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    course {\n      id\n      title\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.AssignmentMatrix_AssignmentFragmentDoc,
    "\n  mutation ImportCustomerFeedback($input: ImportFeedbackInput!) {\n    importCustomerFeedback(input: $input) {\n      imported\n      skipped\n      failed {\n        row\n        message\n      }\n    }\n  }\n": typeof types.ImportCustomerFeedbackDocument,
    "\n  query FeedbackImportTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      memberCount\n      members(first: 200) {\n        id\n        email\n      }\n    }\n  }\n": typeof types.FeedbackImportTeamDocument,
    "\n  mutation RecordCustomerFeedback($input: RecordFeedbackInput!) {\n    recordCustomerFeedback(input: $input) {\n      id\n      csat\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RecordCustomerFeedbackDocument,
    "\n  fragment MilestoneCard_milestone on TeamMilestone {\n    id\n    title\n    metric\n    target\n    current\n    responses\n    progress\n    startsAt\n    endsAt\n    reachedAt\n  }\n": typeof types.MilestoneCard_MilestoneFragmentDoc,
    "\n  mutation CreateTeamMilestone($input: CreateTeamMilestoneInput!) {\n    createTeamMilestone(input: $input) {\n      id\n      reachedAt\n    }\n  }\n": typeof types.CreateTeamMilestoneDocument,
    "\n  mutation Nudge($assignmentIds: [ID!]!, $message: String) {\n    nudge(assignmentIds: $assignmentIds, message: $message)\n  }\n": typeof types.NudgeDocument,
    "\n  query ManageTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n    }\n    teamAssignments(teamId: $id) {\n      id\n      overdue\n      ...AssignmentMatrix_assignment\n    }\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n    learningPaths {\n      id\n      title\n    }\n    customerFeedback(teamId: $id, first: 8) {\n      id\n      csat\n      nps\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ManageTeamDocument,
    "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      points\n      manager {\n        id\n        displayName\n      }\n      memberCount\n      members(first: 100) {\n        id\n        displayName\n        points\n        leaderboardOptOut\n        level {\n          number\n          title\n        }\n      }\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n      activity(weeks: 12) {\n        weekStart\n        modulesCompleted\n        coursesCompleted\n        averageCsat\n        feedbackCount\n      }\n    }\n    celebrations(first: 8, teamId: $id) {\n      nodes {\n        id\n        ...CelebrationItem_celebration\n      }\n    }\n    me {\n      id\n      role\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  query Teams {\n    organization {\n      id\n      teams {\n        id\n        name\n        points\n        manager {\n          id\n          displayName\n        }\n        memberCount\n        members(first: 6) {\n          id\n          displayName\n        }\n      }\n    }\n    me {\n      id\n      team {\n        id\n      }\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  query VerifyCredential($id: ID!) {\n    verifyCredential(id: $id) {\n      valid\n      problem\n      recipientName\n      achievementName\n      achievementType\n      issuerName\n      issuerDid\n      issuerUrl\n      statusListUrl\n      issuedAt\n      expiresAt\n      credentialUrl\n    }\n  }\n": typeof types.VerifyCredentialDocument,
    "\n  fragment CelebrationItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n  }\n": typeof types.CelebrationItem_CelebrationFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    title\n    summary\n    skills\n    estimatedMinutes\n    points\n    status\n    moduleCount\n    myEnrollment {\n      id\n      status\n      progress\n    }\n  }\n": typeof types.CourseCard_CourseFragmentDoc,
    "\n  query PeoplePicker($search: String, $teamId: ID, $managerId: ID) {\n    people(search: $search, teamId: $teamId, managerId: $managerId, first: 20) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PeoplePickerDocument,
    "\n  query TeamPicker($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 21) {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamPickerDocument,
    "\n  query ShellSearch($query: String!) {\n    people(search: $query, first: 5) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    search(query: $query, perKind: 5) {\n      courses {\n        id\n        title\n      }\n      badges {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ShellSearchDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      points\n      streakDays\n      level {\n        number\n        title\n      }\n      managedTeams {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query NotificationBell {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationBellAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationBellAddedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment BadgeTile_progress on BadgeProgress {\n    current\n    target\n    earned\n    awardedAt\n    badge {\n      id\n      name\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n    }\n  }\n": types.BadgeTile_ProgressFragmentDoc,
    "\n  mutation AwardBadge($badgeId: ID!, $userId: ID!, $reason: String!) {\n    awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AwardBadgeDocument,
    "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n    }\n  }\n": types.CreateBadgeDocument,
    "\n  mutation RevokeBadge($awardId: ID!, $reason: String!) {\n    revokeBadge(awardId: $awardId, reason: $reason) {\n      id\n      revokedAt\n      revokedReason\n    }\n  }\n": types.RevokeBadgeDocument,
    "\n  fragment BadgePage_holder on BadgeAward {\n    id\n    cursor\n    awardedAt\n    reason\n    revokedAt\n    revokedReason\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    awardedBy {\n      id\n      displayName\n    }\n  }\n": types.BadgePage_HolderFragmentDoc,
    "\n  query BadgePage($id: ID!) {\n    badge(id: $id) {\n      id\n      name\n      description\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n      holderCount\n      myAward {\n        id\n        awardedAt\n        revokedAt\n        credentialUrl\n      }\n      awards(first: 20) {\n        ...BadgePage_holder\n      }\n    }\n    organization {\n      id\n      name\n    }\n    myBadgeProgress {\n      badge {\n        id\n      }\n      current\n      target\n      earned\n    }\n  }\n": types.BadgePageDocument,
    "\n  query BadgeHolders($id: ID!, $after: String) {\n    badge(id: $id) {\n      id\n      awards(first: 20, after: $after) {\n        ...BadgePage_holder\n      }\n    }\n  }\n": types.BadgeHoldersDocument,
    "\n  query BadgeWall {\n    myBadgeProgress {\n      badge {\n        id\n      }\n      earned\n      current\n      target\n      ...BadgeTile_progress\n    }\n  }\n": types.BadgeWallDocument,
    "\n  fragment CertificationCard_certification on CertificationDefinition {\n    name\n    description\n    validityDays\n    points\n    requiredCourses {\n      id\n      title\n      myEnrollment {\n        id\n        status\n        cycle\n        completedAt\n      }\n    }\n  }\n\n  fragment CertificationCard_award on CertificationAward {\n    id\n    status\n    issuedAt\n    expiresAt\n    sequence\n    revokedReason\n  }\n": types.CertificationCard_CertificationFragmentDoc,
    "\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      id\n      status\n      progress\n      cycle\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n": types.RetakeCourseDocument,
    "\n  query CertificationCourses {\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n  }\n": types.CertificationCoursesDocument,
    "\n  mutation CreateCertification($input: CreateCertificationInput!) {\n    createCertification(input: $input) {\n      id\n    }\n  }\n": types.CreateCertificationDocument,
    "\n  query Certificate($id: ID!) {\n    certificationAward(id: $id) {\n      id\n      status\n      issuedAt\n      expiresAt\n      revokedReason\n      credentialUrl\n      certification {\n        id\n        name\n        description\n      }\n      user {\n        id\n        displayName\n      }\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.CertificateDocument,
    "\n  mutation RevokeCertification($awardId: ID!, $reason: String!) {\n    revokeCertification(awardId: $awardId, reason: $reason) {\n      id\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n": types.RevokeCertificationDocument,
    "\n  query Certifications {\n    certifications {\n      id\n      ...CertificationCard_certification\n    }\n    me {\n      id\n      certifications {\n        id\n        certification {\n          id\n        }\n        ...CertificationCard_award\n      }\n    }\n  }\n": types.CertificationsDocument,
    "\n  query Catalogue($skill: String) {\n    allSkills: courses(status: PUBLISHED) {\n      id\n      skills\n    }\n    courses(status: PUBLISHED, skill: $skill) {\n      id\n      title\n      summary\n      ...CourseCard_course\n    }\n  }\n": types.CatalogueDocument,
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n      status\n      myEnrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n      modules {\n        id\n        position\n        title\n        kind\n        points\n        myCompletion {\n          id\n          passed\n          score\n        }\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      status\n      progress\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n": types.EnrollDocument,
    "\n  fragment DigestHighlights_digest on Digest {\n    celebrations {\n      id\n      kind\n      level\n      user {\n        id\n        displayName\n      }\n      grouped {\n        id\n        kind\n        level\n      }\n      ...DigestMoment_celebration\n    }\n    customerPraise {\n      id\n      ...DigestMoment_celebration\n    }\n    topLearners {\n      rank\n      points\n      user {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    milestonesReached {\n      id\n      title\n      reachedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.DigestHighlights_DigestFragmentDoc,
    "\n  fragment DigestMoment_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    kudos {\n      id\n      values\n    }\n  }\n": types.DigestMoment_CelebrationFragmentDoc,
    "\n  query DigestPage($from: DateTime!, $to: DateTime!) {\n    digest(from: $from, to: $to) {\n      from\n      to\n      html\n      ...DigestHighlights_digest\n    }\n  }\n": types.DigestPageDocument,
    "\n  mutation ClaimExternalLearning($input: ClaimExternalLearningInput!) {\n    claimExternalLearning(input: $input) {\n      id\n      status\n    }\n  }\n": types.ClaimExternalLearningDocument,
    "\n  fragment ClaimReview_claim on ExternalLearningClaim {\n    id\n    title\n    provider\n    completedOn\n    hours\n    evidenceUrl\n    status\n    points\n    note\n    user {\n      id\n      displayName\n    }\n  }\n": types.ClaimReview_ClaimFragmentDoc,
    "\n  mutation ReviewExternalLearning($claimId: ID!, $approve: Boolean!, $points: Int, $note: String) {\n    reviewExternalLearning(claimId: $claimId, approve: $approve, points: $points, note: $note) {\n      id\n      status\n      points\n      note\n    }\n  }\n": types.ReviewExternalLearningDocument,
    "\n  fragment EventCard_event on LearningEvent {\n    id\n    kind\n    title\n    description\n    startsAt\n    endsAt\n    location\n    skills\n    points\n    hostPoints\n    status\n    goingCount\n    viewerGoing\n    attendanceRecorded\n    hosts {\n      id\n      displayName\n    }\n    attended {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.EventCard_EventFragmentDoc,
    "\n  mutation Rsvp($eventId: ID!, $going: Boolean!) {\n    rsvp(eventId: $eventId, going: $going) {\n      id\n      goingCount\n      viewerGoing\n    }\n  }\n": types.RsvpDocument,
    "\n  mutation RecordAttendance($eventId: ID!, $userIds: [ID!]!) {\n    recordAttendance(eventId: $eventId, userIds: $userIds) {\n      ...EventCard_event\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation ReviewLearningEvent($eventId: ID!, $publish: Boolean!) {\n    reviewLearningEvent(eventId: $eventId, publish: $publish) {\n      id\n      status\n    }\n  }\n": types.ReviewLearningEventDocument,
    "\n  mutation CreateLearningEvent($input: CreateLearningEventInput!) {\n    createLearningEvent(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateLearningEventDocument,
    "\n  query Events($from: DateTime!, $to: DateTime!, $reviewer: Boolean!) {\n    learningEvents(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      ...EventCard_event\n    }\n    myClaims: externalLearningClaims(mine: true) {\n      id\n      title\n      provider\n      status\n      points\n      note\n    }\n    reviewQueue: externalLearningClaims(status: PENDING) @include(if: $reviewer) {\n      id\n      ...ClaimReview_claim\n    }\n    organization {\n      id\n      externalLearningPointsLimit\n    }\n  }\n": types.EventsDocument,
    "\n  fragment CommentThread_celebration on Celebration {\n    id\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommentThread_CelebrationFragmentDoc,
    "\n  fragment FeedItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    customerName\n    level\n    grouped {\n      id\n      kind\n      title\n      icon\n      createdAt\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    people {\n      id\n      displayName\n    }\n    actor {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    kudos {\n      id\n      values\n      points\n    }\n    ...ReactionBar_celebration\n    ...CommentThread_celebration\n  }\n": types.FeedItem_CelebrationFragmentDoc,
    "\n  fragment ReactionBar_celebration on Celebration {\n    id\n    reactions {\n      emoji\n      count\n    }\n    myReactions\n  }\n": types.ReactionBar_CelebrationFragmentDoc,
    "\n  fragment Spotlight_celebration on Celebration {\n    id\n    kind\n    icon\n    title\n    createdAt\n    level\n    grouped {\n      id\n      kind\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    reactions {\n      emoji\n      count\n    }\n    comments {\n      id\n    }\n  }\n": types.Spotlight_CelebrationFragmentDoc,
    "\n  mutation CommentOnCelebration($celebrationId: ID!, $body: String!) {\n    comment(celebrationId: $celebrationId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommentOnCelebrationDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      to {\n        id\n        displayName\n      }\n      from {\n        id\n        kudosAllowanceLeft\n      }\n    }\n  }\n": types.GiveKudosDocument,
    "\n  subscription FeedCelebrationAdded {\n    celebrationAdded {\n      id\n      ...FeedItem_celebration\n    }\n  }\n": types.FeedCelebrationAddedDocument,
    "\n  mutation PostSuccessStory($input: PostSuccessStoryInput!) {\n    postSuccessStory(input: $input) {\n      id\n      ...FeedItem_celebration\n    }\n  }\n": types.PostSuccessStoryDocument,
    "\n  mutation React($celebrationId: ID!, $emoji: String!) {\n    react(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($celebrationId: ID!, $emoji: String!) {\n    unreact(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n": types.UnreactDocument,
    "\n  query FeedPage($teamId: ID, $kinds: [CelebrationKind!]) {\n    celebrations(first: 10, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    spotlight(first: 5) {\n      id\n      ...Spotlight_celebration\n    }\n    me {\n      id\n      displayName\n      kudosAllowanceLeft\n      team {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      values\n      kudosAllowance\n    }\n  }\n": types.FeedPageDocument,
    "\n  query FeedTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n    }\n  }\n": types.FeedTeamDocument,
    "\n  query FeedCelebrations($teamId: ID, $kinds: [CelebrationKind!], $after: String) {\n    celebrations(first: 10, after: $after, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FeedCelebrationsDocument,
    "\n  fragment AssignmentList_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    note\n    course {\n      id\n      title\n    }\n    assignedBy {\n      id\n      displayName\n    }\n  }\n": types.AssignmentList_AssignmentFragmentDoc,
    "\n  fragment LatestBadges_award on BadgeAward {\n    id\n    badge {\n      id\n      name\n      icon\n      tier\n    }\n  }\n": types.LatestBadges_AwardFragmentDoc,
    "\n  query ManagerTeam($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      memberCount\n      milestones(first: 5) {\n        id\n        title\n        progress\n        reachedAt\n        endsAt\n      }\n      unrecognised(first: 5) {\n        id\n        displayName\n      }\n    }\n    teamAssignments(teamId: $teamId, first: 10, open: true) {\n      id\n      dueAt\n      overdue\n      assignee {\n        id\n        displayName\n      }\n      course {\n        id\n        title\n      }\n    }\n    customerFeedback(teamId: $teamId, first: 3) {\n      id\n      csat\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n": types.ManagerTeamDocument,
    "\n  fragment RecentPoints_entry on PointsEntry {\n    id\n    amount\n    reason\n    description\n    createdAt\n  }\n": types.RecentPoints_EntryFragmentDoc,
    "\n  fragment StatsPanel_user on User {\n    id\n    points\n    streakDays\n    level {\n      number\n      title\n      minPoints\n      nextLevelPoints\n      progress\n    }\n  }\n": types.StatsPanel_UserFragmentDoc,
    "\n  query HomePage {\n    me {\n      id\n      displayName\n      managedTeams {\n        id\n      }\n      ...StatsPanel_user\n      badges {\n        ...LatestBadges_award\n      }\n    }\n    myEnrollments {\n      id\n      status\n      course {\n        id\n        ...CourseCard_course\n      }\n    }\n    # Suggestions come from the start of the catalogue: three not yet taken among its first twenty.\n    courses(status: PUBLISHED, first: 20) {\n      id\n      ...CourseCard_course\n    }\n    pointsHistory(first: 6) {\n      ...RecentPoints_entry\n    }\n    myAssignments {\n      id\n      status\n      ...AssignmentList_assignment\n    }\n  }\n": types.HomePageDocument,
    "\n  query Leaderboard($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {\n    leaderboard(scope: $scope, period: $period, first: 20) {\n      ...LeaderboardPage_entry\n    }\n    myLeaderboardEntry(scope: $scope, period: $period) {\n      ...LeaderboardPage_entry\n    }\n    leaderboardCount(scope: $scope)\n    me {\n      id\n      leaderboardOptOut\n      team {\n        id\n      }\n    }\n  }\n\n  fragment LeaderboardPage_entry on LeaderboardEntry {\n    rank\n    points\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.LeaderboardDocument,
    "\n  mutation SetLeaderboardOptOut($optOut: Boolean!) {\n    setLeaderboardOptOut(optOut: $optOut) {\n      id\n      leaderboardOptOut\n    }\n  }\n": types.SetLeaderboardOptOutDocument,
    "\n  fragment QuizPlayer_module on Module {\n    id\n    kind\n    passingScore\n    questions {\n      id\n      prompt\n      choices\n    }\n    myCompletion {\n      id\n      passed\n      score\n      feedback {\n        questionId\n        correct\n        explanation\n      }\n    }\n  }\n": types.QuizPlayer_ModuleFragmentDoc,
    "\n  mutation CompleteModule($input: CompleteModuleInput!) {\n    completeModule(input: $input) {\n      pointsAwarded\n      levelUp {\n        number\n        title\n      }\n      newBadges {\n        id\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      newCertifications {\n        id\n        certification {\n          id\n          name\n        }\n      }\n      completion {\n        id\n        passed\n        module {\n          id\n          myCompletion {\n            id\n            passed\n            score\n            completedAt\n            feedback {\n              questionId\n              correct\n              explanation\n            }\n          }\n        }\n      }\n      enrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n    }\n  }\n": types.CompleteModuleDocument,
    "\n  query ModulePage($courseId: ID!, $moduleId: ID!) {\n    course(id: $courseId) {\n      id\n      title\n      points\n      myEnrollment {\n        id\n        status\n        progress\n      }\n      modules {\n        id\n        position\n        title\n        myCompletion {\n          id\n          passed\n        }\n      }\n    }\n    module(id: $moduleId) {\n      id\n      title\n      kind\n      body\n      points\n      myCompletion {\n        id\n        passed\n      }\n      ...QuizPlayer_module\n    }\n  }\n": types.ModulePageDocument,
    "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      unreadCount\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query CoursePicker($search: String) {\n    courses(search: $search, first: 21) {\n      id\n      title\n      status\n    }\n  }\n": types.CoursePickerDocument,
    "\n  mutation CreateLearningPath($input: CreateLearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n    }\n  }\n": types.CreateLearningPathDocument,
    "\n  mutation UpdateLearningPath($input: UpdateLearningPathInput!) {\n    updateLearningPath(input: $input) {\n      id\n      title\n      description\n    }\n  }\n": types.UpdateLearningPathDocument,
    "\n  query Paths {\n    learningPaths {\n      id\n      title\n      description\n      courses {\n        id\n        title\n        status\n        estimatedMinutes\n        myEnrollment {\n          id\n          status\n          progress\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query PeopleDirectory($search: String, $deactivated: Boolean!, $after: String) {\n    people(search: $search, deactivated: $deactivated, first: 20, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        startedAt\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query PeopleTeams($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 51) {\n        id\n        name\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.PeopleTeamsDocument,
    "\n  mutation CreatePerson($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      startedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation SetPersonPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password) {\n      id\n    }\n  }\n": types.SetPersonPasswordDocument,
    "\n  mutation ImportPeople($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      created\n      skipped\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.ImportPeopleDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation RenameTeam($teamId: ID!, $name: String!) {\n    renameTeam(teamId: $teamId, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameTeamDocument,
    "\n  mutation SetTeamManager($teamId: ID!, $userId: ID!) {\n    setTeamManager(teamId: $teamId, userId: $userId) {\n      id\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetTeamManagerDocument,
    "\n  query ProfilePage($id: ID!) {\n    me {\n      id\n    }\n    user(id: $id) {\n      id\n      displayName\n      role\n      points\n      leaderboardOptOut\n      level {\n        number\n        title\n      }\n      team {\n        id\n        name\n      }\n      badges {\n        id\n        awardedAt\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      certifications(first: 20) {\n        id\n        issuedAt\n        expiresAt\n        revokedAt\n        certification {\n          id\n          name\n        }\n      }\n      kudosReceived(first: 10) {\n        ...ProfileKudos_connection\n      }\n      stories(first: 5) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n": types.ProfilePageDocument,
    "\n  fragment ProfileKudos_connection on KudosConnection {\n    nodes {\n      id\n      message\n      values\n      points\n      createdAt\n      from {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ProfileKudos_ConnectionFragmentDoc,
    "\n  fragment ProfileStories_connection on CelebrationConnection {\n    nodes {\n      id\n      ...CelebrationItem_celebration\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ProfileStories_ConnectionFragmentDoc,
    "\n  query ProfileMoreKudos($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      kudosReceived(first: 10, after: $after) {\n        ...ProfileKudos_connection\n      }\n    }\n  }\n": types.ProfileMoreKudosDocument,
    "\n  query ProfileMoreStories($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      stories(first: 5, after: $after) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n": types.ProfileMoreStoriesDocument,
    "\n  fragment ChatWebhookForm_organization on Organization {\n    id\n    chatWebhookConfigured\n    chatWebhookFailures\n  }\n": types.ChatWebhookForm_OrganizationFragmentDoc,
    "\n  fragment KudosAllowanceForm_organization on Organization {\n    id\n    kudosAllowance\n  }\n": types.KudosAllowanceForm_OrganizationFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment ValuesEditor_organization on Organization {\n    id\n    values\n  }\n": types.ValuesEditor_OrganizationFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      user {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetOrganizationValues($values: [String!]!) {\n    setOrganizationValues(values: $values) {\n      id\n      values\n    }\n  }\n": types.SetOrganizationValuesDocument,
    "\n  mutation SetKudosAllowance($points: Int!) {\n    setKudosAllowance(points: $points) {\n      id\n      kudosAllowance\n    }\n  }\n": types.SetKudosAllowanceDocument,
    "\n  mutation SetChatWebhook($url: String) {\n    setChatWebhook(url: $url) {\n      id\n      chatWebhookConfigured\n      chatWebhookFailures\n    }\n  }\n": types.SetChatWebhookDocument,
    "\n  query SettingsPage {\n    me {\n      id\n      role\n    }\n    organization {\n      id\n      name\n      values\n      ...ValuesEditor_organization\n      ...KudosAllowanceForm_organization\n      ...ChatWebhookForm_organization\n    }\n  }\n": types.SettingsPageDocument,
    "\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n      position\n    }\n  }\n": types.AddModuleDocument,
    "\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      id\n      title\n      body\n      points\n      passingScore\n      questions {\n        id\n      }\n    }\n  }\n": types.UpdateModuleDocument,
    "\n  query AnswerKey($moduleId: ID!) {\n    answerKey(moduleId: $moduleId) {\n      id\n      prompt\n      choices\n      answerIndex\n      explanation\n    }\n  }\n": types.AnswerKeyDocument,
    "\n  query StudioCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      status\n      skills\n      estimatedMinutes\n      points\n      modules {\n        id\n        position\n        title\n        kind\n        body\n        points\n        passingScore\n        questions {\n          id\n        }\n      }\n    }\n  }\n": types.StudioCourseDocument,
    "\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n": types.PublishCourseDocument,
    "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n": types.MoveModuleDocument,
    "\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n": types.RemoveModuleDocument,
    "\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n": types.ArchiveCourseDocument,
    "\n  query Studio {\n    courses {\n      id\n      title\n      status\n      skills\n      moduleCount\n    }\n  }\n": types.StudioDocument,
    "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation AssignCourse($input: AssignCourseInput!) {\n    assignCourse(input: $input) {\n      id\n    }\n  }\n": types.AssignCourseDocument,
    "\n  mutation AssignLearningPath($input: AssignLearningPathInput!) {\n    assignLearningPath(input: $input) {\n      id\n    }\n  }\n": types.AssignLearningPathDocument,
    "\n  fragment AssignmentMatrix_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    course {\n      id\n      title\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.AssignmentMatrix_AssignmentFragmentDoc,
    "\n  mutation ImportCustomerFeedback($input: ImportFeedbackInput!) {\n    importCustomerFeedback(input: $input) {\n      imported\n      skipped\n      failed {\n        row\n        message\n      }\n    }\n  }\n": types.ImportCustomerFeedbackDocument,
    "\n  query FeedbackImportTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      memberCount\n      members(first: 200) {\n        id\n        email\n      }\n    }\n  }\n": types.FeedbackImportTeamDocument,
    "\n  mutation RecordCustomerFeedback($input: RecordFeedbackInput!) {\n    recordCustomerFeedback(input: $input) {\n      id\n      csat\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n": types.RecordCustomerFeedbackDocument,
    "\n  fragment MilestoneCard_milestone on TeamMilestone {\n    id\n    title\n    metric\n    target\n    current\n    responses\n    progress\n    startsAt\n    endsAt\n    reachedAt\n  }\n": types.MilestoneCard_MilestoneFragmentDoc,
    "\n  mutation CreateTeamMilestone($input: CreateTeamMilestoneInput!) {\n    createTeamMilestone(input: $input) {\n      id\n      reachedAt\n    }\n  }\n": types.CreateTeamMilestoneDocument,
    "\n  mutation Nudge($assignmentIds: [ID!]!, $message: String) {\n    nudge(assignmentIds: $assignmentIds, message: $message)\n  }\n": types.NudgeDocument,
    "\n  query ManageTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n    }\n    teamAssignments(teamId: $id) {\n      id\n      overdue\n      ...AssignmentMatrix_assignment\n    }\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n    learningPaths {\n      id\n      title\n    }\n    customerFeedback(teamId: $id, first: 8) {\n      id\n      csat\n      nps\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n": types.ManageTeamDocument,
    "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      points\n      manager {\n        id\n        displayName\n      }\n      memberCount\n      members(first: 100) {\n        id\n        displayName\n        points\n        leaderboardOptOut\n        level {\n          number\n          title\n        }\n      }\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n      activity(weeks: 12) {\n        weekStart\n        modulesCompleted\n        coursesCompleted\n        averageCsat\n        feedbackCount\n      }\n    }\n    celebrations(first: 8, teamId: $id) {\n      nodes {\n        id\n        ...CelebrationItem_celebration\n      }\n    }\n    me {\n      id\n      role\n    }\n  }\n": types.TeamPageDocument,
    "\n  query Teams {\n    organization {\n      id\n      teams {\n        id\n        name\n        points\n        manager {\n          id\n          displayName\n        }\n        memberCount\n        members(first: 6) {\n          id\n          displayName\n        }\n      }\n    }\n    me {\n      id\n      team {\n        id\n      }\n    }\n  }\n": types.TeamsDocument,
    "\n  query VerifyCredential($id: ID!) {\n    verifyCredential(id: $id) {\n      valid\n      problem\n      recipientName\n      achievementName\n      achievementType\n      issuerName\n      issuerDid\n      issuerUrl\n      statusListUrl\n      issuedAt\n      expiresAt\n      credentialUrl\n    }\n  }\n": types.VerifyCredentialDocument,
    "\n  fragment CelebrationItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n  }\n": types.CelebrationItem_CelebrationFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    title\n    summary\n    skills\n    estimatedMinutes\n    points\n    status\n    moduleCount\n    myEnrollment {\n      id\n      status\n      progress\n    }\n  }\n": types.CourseCard_CourseFragmentDoc,
    "\n  query PeoplePicker($search: String, $teamId: ID, $managerId: ID) {\n    people(search: $search, teamId: $teamId, managerId: $managerId, first: 20) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PeoplePickerDocument,
    "\n  query TeamPicker($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 21) {\n        id\n        name\n      }\n    }\n  }\n": types.TeamPickerDocument,
    "\n  query ShellSearch($query: String!) {\n    people(search: $query, first: 5) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    search(query: $query, perKind: 5) {\n      courses {\n        id\n        title\n      }\n      badges {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.ShellSearchDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      points\n      streakDays\n      level {\n        number\n        title\n      }\n      managedTeams {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      timeZone\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationBellAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationBellAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BadgeTile_progress on BadgeProgress {\n    current\n    target\n    earned\n    awardedAt\n    badge {\n      id\n      name\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BadgeTile_progress on BadgeProgress {\n    current\n    target\n    earned\n    awardedAt\n    badge {\n      id\n      name\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardBadge($badgeId: ID!, $userId: ID!, $reason: String!) {\n    awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AwardBadge($badgeId: ID!, $userId: ID!, $reason: String!) {\n    awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeBadge($awardId: ID!, $reason: String!) {\n    revokeBadge(awardId: $awardId, reason: $reason) {\n      id\n      revokedAt\n      revokedReason\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeBadge($awardId: ID!, $reason: String!) {\n    revokeBadge(awardId: $awardId, reason: $reason) {\n      id\n      revokedAt\n      revokedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BadgePage_holder on BadgeAward {\n    id\n    cursor\n    awardedAt\n    reason\n    revokedAt\n    revokedReason\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    awardedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment BadgePage_holder on BadgeAward {\n    id\n    cursor\n    awardedAt\n    reason\n    revokedAt\n    revokedReason\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    awardedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgePage($id: ID!) {\n    badge(id: $id) {\n      id\n      name\n      description\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n      holderCount\n      myAward {\n        id\n        awardedAt\n        revokedAt\n        credentialUrl\n      }\n      awards(first: 20) {\n        ...BadgePage_holder\n      }\n    }\n    organization {\n      id\n      name\n    }\n    myBadgeProgress {\n      badge {\n        id\n      }\n      current\n      target\n      earned\n    }\n  }\n"): (typeof documents)["\n  query BadgePage($id: ID!) {\n    badge(id: $id) {\n      id\n      name\n      description\n      criteria\n      icon\n      tier\n      points\n      rule {\n        kind\n      }\n      holderCount\n      myAward {\n        id\n        awardedAt\n        revokedAt\n        credentialUrl\n      }\n      awards(first: 20) {\n        ...BadgePage_holder\n      }\n    }\n    organization {\n      id\n      name\n    }\n    myBadgeProgress {\n      badge {\n        id\n      }\n      current\n      target\n      earned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeHolders($id: ID!, $after: String) {\n    badge(id: $id) {\n      id\n      awards(first: 20, after: $after) {\n        ...BadgePage_holder\n      }\n    }\n  }\n"): (typeof documents)["\n  query BadgeHolders($id: ID!, $after: String) {\n    badge(id: $id) {\n      id\n      awards(first: 20, after: $after) {\n        ...BadgePage_holder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeWall {\n    myBadgeProgress {\n      badge {\n        id\n      }\n      earned\n      current\n      target\n      ...BadgeTile_progress\n    }\n  }\n"): (typeof documents)["\n  query BadgeWall {\n    myBadgeProgress {\n      badge {\n        id\n      }\n      earned\n      current\n      target\n      ...BadgeTile_progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationCard_certification on CertificationDefinition {\n    name\n    description\n    validityDays\n    points\n    requiredCourses {\n      id\n      title\n      myEnrollment {\n        id\n        status\n        cycle\n        completedAt\n      }\n    }\n  }\n\n  fragment CertificationCard_award on CertificationAward {\n    id\n    status\n    issuedAt\n    expiresAt\n    sequence\n    revokedReason\n  }\n"): (typeof documents)["\n  fragment CertificationCard_certification on CertificationDefinition {\n    name\n    description\n    validityDays\n    points\n    requiredCourses {\n      id\n      title\n      myEnrollment {\n        id\n        status\n        cycle\n        completedAt\n      }\n    }\n  }\n\n  fragment CertificationCard_award on CertificationAward {\n    id\n    status\n    issuedAt\n    expiresAt\n    sequence\n    revokedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      id\n      status\n      progress\n      cycle\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      id\n      status\n      progress\n      cycle\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCourses {\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query CertificationCourses {\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCertification($input: CreateCertificationInput!) {\n    createCertification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCertification($input: CreateCertificationInput!) {\n    createCertification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certificate($id: ID!) {\n    certificationAward(id: $id) {\n      id\n      status\n      issuedAt\n      expiresAt\n      revokedReason\n      credentialUrl\n      certification {\n        id\n        name\n        description\n      }\n      user {\n        id\n        displayName\n      }\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Certificate($id: ID!) {\n    certificationAward(id: $id) {\n      id\n      status\n      issuedAt\n      expiresAt\n      revokedReason\n      credentialUrl\n      certification {\n        id\n        name\n        description\n      }\n      user {\n        id\n        displayName\n      }\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertification($awardId: ID!, $reason: String!) {\n    revokeCertification(awardId: $awardId, reason: $reason) {\n      id\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertification($awardId: ID!, $reason: String!) {\n    revokeCertification(awardId: $awardId, reason: $reason) {\n      id\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certifications {\n    certifications {\n      id\n      ...CertificationCard_certification\n    }\n    me {\n      id\n      certifications {\n        id\n        certification {\n          id\n        }\n        ...CertificationCard_award\n      }\n    }\n  }\n"): (typeof documents)["\n  query Certifications {\n    certifications {\n      id\n      ...CertificationCard_certification\n    }\n    me {\n      id\n      certifications {\n        id\n        certification {\n          id\n        }\n        ...CertificationCard_award\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($skill: String) {\n    allSkills: courses(status: PUBLISHED) {\n      id\n      skills\n    }\n    courses(status: PUBLISHED, skill: $skill) {\n      id\n      title\n      summary\n      ...CourseCard_course\n    }\n  }\n"): (typeof documents)["\n  query Catalogue($skill: String) {\n    allSkills: courses(status: PUBLISHED) {\n      id\n      skills\n    }\n    courses(status: PUBLISHED, skill: $skill) {\n      id\n      title\n      summary\n      ...CourseCard_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n      status\n      myEnrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n      modules {\n        id\n        position\n        title\n        kind\n        points\n        myCompletion {\n          id\n          passed\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n      status\n      myEnrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n      modules {\n        id\n        position\n        title\n        kind\n        points\n        myCompletion {\n          id\n          passed\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      status\n      progress\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      id\n      status\n      progress\n      course {\n        id\n        myEnrollment {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestHighlights_digest on Digest {\n    celebrations {\n      id\n      kind\n      level\n      user {\n        id\n        displayName\n      }\n      grouped {\n        id\n        kind\n        level\n      }\n      ...DigestMoment_celebration\n    }\n    customerPraise {\n      id\n      ...DigestMoment_celebration\n    }\n    topLearners {\n      rank\n      points\n      user {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    milestonesReached {\n      id\n      title\n      reachedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DigestHighlights_digest on Digest {\n    celebrations {\n      id\n      kind\n      level\n      user {\n        id\n        displayName\n      }\n      grouped {\n        id\n        kind\n        level\n      }\n      ...DigestMoment_celebration\n    }\n    customerPraise {\n      id\n      ...DigestMoment_celebration\n    }\n    topLearners {\n      rank\n      points\n      user {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    milestonesReached {\n      id\n      title\n      reachedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestMoment_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    kudos {\n      id\n      values\n    }\n  }\n"): (typeof documents)["\n  fragment DigestMoment_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    kudos {\n      id\n      values\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestPage($from: DateTime!, $to: DateTime!) {\n    digest(from: $from, to: $to) {\n      from\n      to\n      html\n      ...DigestHighlights_digest\n    }\n  }\n"): (typeof documents)["\n  query DigestPage($from: DateTime!, $to: DateTime!) {\n    digest(from: $from, to: $to) {\n      from\n      to\n      html\n      ...DigestHighlights_digest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimExternalLearning($input: ClaimExternalLearningInput!) {\n    claimExternalLearning(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimExternalLearning($input: ClaimExternalLearningInput!) {\n    claimExternalLearning(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimReview_claim on ExternalLearningClaim {\n    id\n    title\n    provider\n    completedOn\n    hours\n    evidenceUrl\n    status\n    points\n    note\n    user {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimReview_claim on ExternalLearningClaim {\n    id\n    title\n    provider\n    completedOn\n    hours\n    evidenceUrl\n    status\n    points\n    note\n    user {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewExternalLearning($claimId: ID!, $approve: Boolean!, $points: Int, $note: String) {\n    reviewExternalLearning(claimId: $claimId, approve: $approve, points: $points, note: $note) {\n      id\n      status\n      points\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewExternalLearning($claimId: ID!, $approve: Boolean!, $points: Int, $note: String) {\n    reviewExternalLearning(claimId: $claimId, approve: $approve, points: $points, note: $note) {\n      id\n      status\n      points\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCard_event on LearningEvent {\n    id\n    kind\n    title\n    description\n    startsAt\n    endsAt\n    location\n    skills\n    points\n    hostPoints\n    status\n    goingCount\n    viewerGoing\n    attendanceRecorded\n    hosts {\n      id\n      displayName\n    }\n    attended {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment EventCard_event on LearningEvent {\n    id\n    kind\n    title\n    description\n    startsAt\n    endsAt\n    location\n    skills\n    points\n    hostPoints\n    status\n    goingCount\n    viewerGoing\n    attendanceRecorded\n    hosts {\n      id\n      displayName\n    }\n    attended {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $going: Boolean!) {\n    rsvp(eventId: $eventId, going: $going) {\n      id\n      goingCount\n      viewerGoing\n    }\n  }\n"): (typeof documents)["\n  mutation Rsvp($eventId: ID!, $going: Boolean!) {\n    rsvp(eventId: $eventId, going: $going) {\n      id\n      goingCount\n      viewerGoing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($eventId: ID!, $userIds: [ID!]!) {\n    recordAttendance(eventId: $eventId, userIds: $userIds) {\n      ...EventCard_event\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($eventId: ID!, $userIds: [ID!]!) {\n    recordAttendance(eventId: $eventId, userIds: $userIds) {\n      ...EventCard_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewLearningEvent($eventId: ID!, $publish: Boolean!) {\n    reviewLearningEvent(eventId: $eventId, publish: $publish) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewLearningEvent($eventId: ID!, $publish: Boolean!) {\n    reviewLearningEvent(eventId: $eventId, publish: $publish) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningEvent($input: CreateLearningEventInput!) {\n    createLearningEvent(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningEvent($input: CreateLearningEventInput!) {\n    createLearningEvent(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($from: DateTime!, $to: DateTime!, $reviewer: Boolean!) {\n    learningEvents(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      ...EventCard_event\n    }\n    myClaims: externalLearningClaims(mine: true) {\n      id\n      title\n      provider\n      status\n      points\n      note\n    }\n    reviewQueue: externalLearningClaims(status: PENDING) @include(if: $reviewer) {\n      id\n      ...ClaimReview_claim\n    }\n    organization {\n      id\n      externalLearningPointsLimit\n    }\n  }\n"): (typeof documents)["\n  query Events($from: DateTime!, $to: DateTime!, $reviewer: Boolean!) {\n    learningEvents(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      ...EventCard_event\n    }\n    myClaims: externalLearningClaims(mine: true) {\n      id\n      title\n      provider\n      status\n      points\n      note\n    }\n    reviewQueue: externalLearningClaims(status: PENDING) @include(if: $reviewer) {\n      id\n      ...ClaimReview_claim\n    }\n    organization {\n      id\n      externalLearningPointsLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_celebration on Celebration {\n    id\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_celebration on Celebration {\n    id\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    customerName\n    level\n    grouped {\n      id\n      kind\n      title\n      icon\n      createdAt\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    people {\n      id\n      displayName\n    }\n    actor {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    kudos {\n      id\n      values\n      points\n    }\n    ...ReactionBar_celebration\n    ...CommentThread_celebration\n  }\n"): (typeof documents)["\n  fragment FeedItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n    customerName\n    level\n    grouped {\n      id\n      kind\n      title\n      icon\n      createdAt\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    people {\n      id\n      displayName\n    }\n    actor {\n      id\n      displayName\n    }\n    team {\n      id\n      name\n    }\n    kudos {\n      id\n      values\n      points\n    }\n    ...ReactionBar_celebration\n    ...CommentThread_celebration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionBar_celebration on Celebration {\n    id\n    reactions {\n      emoji\n      count\n    }\n    myReactions\n  }\n"): (typeof documents)["\n  fragment ReactionBar_celebration on Celebration {\n    id\n    reactions {\n      emoji\n      count\n    }\n    myReactions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Spotlight_celebration on Celebration {\n    id\n    kind\n    icon\n    title\n    createdAt\n    level\n    grouped {\n      id\n      kind\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    reactions {\n      emoji\n      count\n    }\n    comments {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment Spotlight_celebration on Celebration {\n    id\n    kind\n    icon\n    title\n    createdAt\n    level\n    grouped {\n      id\n      kind\n      level\n    }\n    user {\n      id\n      displayName\n    }\n    reactions {\n      emoji\n      count\n    }\n    comments {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnCelebration($celebrationId: ID!, $body: String!) {\n    comment(celebrationId: $celebrationId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnCelebration($celebrationId: ID!, $body: String!) {\n    comment(celebrationId: $celebrationId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      to {\n        id\n        displayName\n      }\n      from {\n        id\n        kudosAllowanceLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      to {\n        id\n        displayName\n      }\n      from {\n        id\n        kudosAllowanceLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedCelebrationAdded {\n    celebrationAdded {\n      id\n      ...FeedItem_celebration\n    }\n  }\n"): (typeof documents)["\n  subscription FeedCelebrationAdded {\n    celebrationAdded {\n      id\n      ...FeedItem_celebration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostSuccessStory($input: PostSuccessStoryInput!) {\n    postSuccessStory(input: $input) {\n      id\n      ...FeedItem_celebration\n    }\n  }\n"): (typeof documents)["\n  mutation PostSuccessStory($input: PostSuccessStoryInput!) {\n    postSuccessStory(input: $input) {\n      id\n      ...FeedItem_celebration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($celebrationId: ID!, $emoji: String!) {\n    react(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n"): (typeof documents)["\n  mutation React($celebrationId: ID!, $emoji: String!) {\n    react(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($celebrationId: ID!, $emoji: String!) {\n    unreact(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($celebrationId: ID!, $emoji: String!) {\n    unreact(celebrationId: $celebrationId, emoji: $emoji) {\n      id\n      ...ReactionBar_celebration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($teamId: ID, $kinds: [CelebrationKind!]) {\n    celebrations(first: 10, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    spotlight(first: 5) {\n      id\n      ...Spotlight_celebration\n    }\n    me {\n      id\n      displayName\n      kudosAllowanceLeft\n      team {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      values\n      kudosAllowance\n    }\n  }\n"): (typeof documents)["\n  query FeedPage($teamId: ID, $kinds: [CelebrationKind!]) {\n    celebrations(first: 10, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    spotlight(first: 5) {\n      id\n      ...Spotlight_celebration\n    }\n    me {\n      id\n      displayName\n      kudosAllowanceLeft\n      team {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      values\n      kudosAllowance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FeedTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedCelebrations($teamId: ID, $kinds: [CelebrationKind!], $after: String) {\n    celebrations(first: 10, after: $after, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedCelebrations($teamId: ID, $kinds: [CelebrationKind!], $after: String) {\n    celebrations(first: 10, after: $after, teamId: $teamId, kinds: $kinds) {\n      nodes {\n        id\n        ...FeedItem_celebration\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentList_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    note\n    course {\n      id\n      title\n    }\n    assignedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentList_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    note\n    course {\n      id\n      title\n    }\n    assignedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestBadges_award on BadgeAward {\n    id\n    badge {\n      id\n      name\n      icon\n      tier\n    }\n  }\n"): (typeof documents)["\n  fragment LatestBadges_award on BadgeAward {\n    id\n    badge {\n      id\n      name\n      icon\n      tier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerTeam($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      memberCount\n      milestones(first: 5) {\n        id\n        title\n        progress\n        reachedAt\n        endsAt\n      }\n      unrecognised(first: 5) {\n        id\n        displayName\n      }\n    }\n    teamAssignments(teamId: $teamId, first: 10, open: true) {\n      id\n      dueAt\n      overdue\n      assignee {\n        id\n        displayName\n      }\n      course {\n        id\n        title\n      }\n    }\n    customerFeedback(teamId: $teamId, first: 3) {\n      id\n      csat\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerTeam($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      memberCount\n      milestones(first: 5) {\n        id\n        title\n        progress\n        reachedAt\n        endsAt\n      }\n      unrecognised(first: 5) {\n        id\n        displayName\n      }\n    }\n    teamAssignments(teamId: $teamId, first: 10, open: true) {\n      id\n      dueAt\n      overdue\n      assignee {\n        id\n        displayName\n      }\n      course {\n        id\n        title\n      }\n    }\n    customerFeedback(teamId: $teamId, first: 3) {\n      id\n      csat\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentPoints_entry on PointsEntry {\n    id\n    amount\n    reason\n    description\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RecentPoints_entry on PointsEntry {\n    id\n    amount\n    reason\n    description\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsPanel_user on User {\n    id\n    points\n    streakDays\n    level {\n      number\n      title\n      minPoints\n      nextLevelPoints\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment StatsPanel_user on User {\n    id\n    points\n    streakDays\n    level {\n      number\n      title\n      minPoints\n      nextLevelPoints\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    me {\n      id\n      displayName\n      managedTeams {\n        id\n      }\n      ...StatsPanel_user\n      badges {\n        ...LatestBadges_award\n      }\n    }\n    myEnrollments {\n      id\n      status\n      course {\n        id\n        ...CourseCard_course\n      }\n    }\n    # Suggestions come from the start of the catalogue: three not yet taken among its first twenty.\n    courses(status: PUBLISHED, first: 20) {\n      id\n      ...CourseCard_course\n    }\n    pointsHistory(first: 6) {\n      ...RecentPoints_entry\n    }\n    myAssignments {\n      id\n      status\n      ...AssignmentList_assignment\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    me {\n      id\n      displayName\n      managedTeams {\n        id\n      }\n      ...StatsPanel_user\n      badges {\n        ...LatestBadges_award\n      }\n    }\n    myEnrollments {\n      id\n      status\n      course {\n        id\n        ...CourseCard_course\n      }\n    }\n    # Suggestions come from the start of the catalogue: three not yet taken among its first twenty.\n    courses(status: PUBLISHED, first: 20) {\n      id\n      ...CourseCard_course\n    }\n    pointsHistory(first: 6) {\n      ...RecentPoints_entry\n    }\n    myAssignments {\n      id\n      status\n      ...AssignmentList_assignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {\n    leaderboard(scope: $scope, period: $period, first: 20) {\n      ...LeaderboardPage_entry\n    }\n    myLeaderboardEntry(scope: $scope, period: $period) {\n      ...LeaderboardPage_entry\n    }\n    leaderboardCount(scope: $scope)\n    me {\n      id\n      leaderboardOptOut\n      team {\n        id\n      }\n    }\n  }\n\n  fragment LeaderboardPage_entry on LeaderboardEntry {\n    rank\n    points\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {\n    leaderboard(scope: $scope, period: $period, first: 20) {\n      ...LeaderboardPage_entry\n    }\n    myLeaderboardEntry(scope: $scope, period: $period) {\n      ...LeaderboardPage_entry\n    }\n    leaderboardCount(scope: $scope)\n    me {\n      id\n      leaderboardOptOut\n      team {\n        id\n      }\n    }\n  }\n\n  fragment LeaderboardPage_entry on LeaderboardEntry {\n    rank\n    points\n    user {\n      id\n      displayName\n      team {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeaderboardOptOut($optOut: Boolean!) {\n    setLeaderboardOptOut(optOut: $optOut) {\n      id\n      leaderboardOptOut\n    }\n  }\n"): (typeof documents)["\n  mutation SetLeaderboardOptOut($optOut: Boolean!) {\n    setLeaderboardOptOut(optOut: $optOut) {\n      id\n      leaderboardOptOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizPlayer_module on Module {\n    id\n    kind\n    passingScore\n    questions {\n      id\n      prompt\n      choices\n    }\n    myCompletion {\n      id\n      passed\n      score\n      feedback {\n        questionId\n        correct\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuizPlayer_module on Module {\n    id\n    kind\n    passingScore\n    questions {\n      id\n      prompt\n      choices\n    }\n    myCompletion {\n      id\n      passed\n      score\n      feedback {\n        questionId\n        correct\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteModule($input: CompleteModuleInput!) {\n    completeModule(input: $input) {\n      pointsAwarded\n      levelUp {\n        number\n        title\n      }\n      newBadges {\n        id\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      newCertifications {\n        id\n        certification {\n          id\n          name\n        }\n      }\n      completion {\n        id\n        passed\n        module {\n          id\n          myCompletion {\n            id\n            passed\n            score\n            completedAt\n            feedback {\n              questionId\n              correct\n              explanation\n            }\n          }\n        }\n      }\n      enrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteModule($input: CompleteModuleInput!) {\n    completeModule(input: $input) {\n      pointsAwarded\n      levelUp {\n        number\n        title\n      }\n      newBadges {\n        id\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      newCertifications {\n        id\n        certification {\n          id\n          name\n        }\n      }\n      completion {\n        id\n        passed\n        module {\n          id\n          myCompletion {\n            id\n            passed\n            score\n            completedAt\n            feedback {\n              questionId\n              correct\n              explanation\n            }\n          }\n        }\n      }\n      enrollment {\n        id\n        status\n        progress\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulePage($courseId: ID!, $moduleId: ID!) {\n    course(id: $courseId) {\n      id\n      title\n      points\n      myEnrollment {\n        id\n        status\n        progress\n      }\n      modules {\n        id\n        position\n        title\n        myCompletion {\n          id\n          passed\n        }\n      }\n    }\n    module(id: $moduleId) {\n      id\n      title\n      kind\n      body\n      points\n      myCompletion {\n        id\n        passed\n      }\n      ...QuizPlayer_module\n    }\n  }\n"): (typeof documents)["\n  query ModulePage($courseId: ID!, $moduleId: ID!) {\n    course(id: $courseId) {\n      id\n      title\n      points\n      myEnrollment {\n        id\n        status\n        progress\n      }\n      modules {\n        id\n        position\n        title\n        myCompletion {\n          id\n          passed\n        }\n      }\n    }\n    module(id: $moduleId) {\n      id\n      title\n      kind\n      body\n      points\n      myCompletion {\n        id\n        passed\n      }\n      ...QuizPlayer_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        body\n        url\n        createdAt\n        readAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePicker($search: String) {\n    courses(search: $search, first: 21) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query CoursePicker($search: String) {\n    courses(search: $search, first: 21) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningPath($input: CreateLearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningPath($input: CreateLearningPathInput!) {\n    createLearningPath(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearningPath($input: UpdateLearningPathInput!) {\n    updateLearningPath(input: $input) {\n      id\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLearningPath($input: UpdateLearningPathInput!) {\n    updateLearningPath(input: $input) {\n      id\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths {\n    learningPaths {\n      id\n      title\n      description\n      courses {\n        id\n        title\n        status\n        estimatedMinutes\n        myEnrollment {\n          id\n          status\n          progress\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Paths {\n    learningPaths {\n      id\n      title\n      description\n      courses {\n        id\n        title\n        status\n        estimatedMinutes\n        myEnrollment {\n          id\n          status\n          progress\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($search: String, $deactivated: Boolean!, $after: String) {\n    people(search: $search, deactivated: $deactivated, first: 20, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        startedAt\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($search: String, $deactivated: Boolean!, $after: String) {\n    people(search: $search, deactivated: $deactivated, first: 20, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n        startedAt\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleTeams($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 51) {\n        id\n        name\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleTeams($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 51) {\n        id\n        name\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      startedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      startedAt\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPeople($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      created\n      skipped\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPeople($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      created\n      skipped\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTeam($teamId: ID!, $name: String!) {\n    renameTeam(teamId: $teamId, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTeam($teamId: ID!, $name: String!) {\n    renameTeam(teamId: $teamId, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamManager($teamId: ID!, $userId: ID!) {\n    setTeamManager(teamId: $teamId, userId: $userId) {\n      id\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamManager($teamId: ID!, $userId: ID!) {\n    setTeamManager(teamId: $teamId, userId: $userId) {\n      id\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage($id: ID!) {\n    me {\n      id\n    }\n    user(id: $id) {\n      id\n      displayName\n      role\n      points\n      leaderboardOptOut\n      level {\n        number\n        title\n      }\n      team {\n        id\n        name\n      }\n      badges {\n        id\n        awardedAt\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      certifications(first: 20) {\n        id\n        issuedAt\n        expiresAt\n        revokedAt\n        certification {\n          id\n          name\n        }\n      }\n      kudosReceived(first: 10) {\n        ...ProfileKudos_connection\n      }\n      stories(first: 5) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage($id: ID!) {\n    me {\n      id\n    }\n    user(id: $id) {\n      id\n      displayName\n      role\n      points\n      leaderboardOptOut\n      level {\n        number\n        title\n      }\n      team {\n        id\n        name\n      }\n      badges {\n        id\n        awardedAt\n        badge {\n          id\n          name\n          icon\n          tier\n        }\n      }\n      certifications(first: 20) {\n        id\n        issuedAt\n        expiresAt\n        revokedAt\n        certification {\n          id\n          name\n        }\n      }\n      kudosReceived(first: 10) {\n        ...ProfileKudos_connection\n      }\n      stories(first: 5) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileKudos_connection on KudosConnection {\n    nodes {\n      id\n      message\n      values\n      points\n      createdAt\n      from {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileKudos_connection on KudosConnection {\n    nodes {\n      id\n      message\n      values\n      points\n      createdAt\n      from {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileStories_connection on CelebrationConnection {\n    nodes {\n      id\n      ...CelebrationItem_celebration\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileStories_connection on CelebrationConnection {\n    nodes {\n      id\n      ...CelebrationItem_celebration\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileMoreKudos($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      kudosReceived(first: 10, after: $after) {\n        ...ProfileKudos_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileMoreKudos($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      kudosReceived(first: 10, after: $after) {\n        ...ProfileKudos_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileMoreStories($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      stories(first: 5, after: $after) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileMoreStories($id: ID!, $after: String) {\n    user(id: $id) {\n      id\n      stories(first: 5, after: $after) {\n        ...ProfileStories_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatWebhookForm_organization on Organization {\n    id\n    chatWebhookConfigured\n    chatWebhookFailures\n  }\n"): (typeof documents)["\n  fragment ChatWebhookForm_organization on Organization {\n    id\n    chatWebhookConfigured\n    chatWebhookFailures\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KudosAllowanceForm_organization on Organization {\n    id\n    kudosAllowance\n  }\n"): (typeof documents)["\n  fragment KudosAllowanceForm_organization on Organization {\n    id\n    kudosAllowance\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ValuesEditor_organization on Organization {\n    id\n    values\n  }\n"): (typeof documents)["\n  fragment ValuesEditor_organization on Organization {\n    id\n    values\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationValues($values: [String!]!) {\n    setOrganizationValues(values: $values) {\n      id\n      values\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationValues($values: [String!]!) {\n    setOrganizationValues(values: $values) {\n      id\n      values\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKudosAllowance($points: Int!) {\n    setKudosAllowance(points: $points) {\n      id\n      kudosAllowance\n    }\n  }\n"): (typeof documents)["\n  mutation SetKudosAllowance($points: Int!) {\n    setKudosAllowance(points: $points) {\n      id\n      kudosAllowance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatWebhook($url: String) {\n    setChatWebhook(url: $url) {\n      id\n      chatWebhookConfigured\n      chatWebhookFailures\n    }\n  }\n"): (typeof documents)["\n  mutation SetChatWebhook($url: String) {\n    setChatWebhook(url: $url) {\n      id\n      chatWebhookConfigured\n      chatWebhookFailures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage {\n    me {\n      id\n      role\n    }\n    organization {\n      id\n      name\n      values\n      ...ValuesEditor_organization\n      ...KudosAllowanceForm_organization\n      ...ChatWebhookForm_organization\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage {\n    me {\n      id\n      role\n    }\n    organization {\n      id\n      name\n      values\n      ...ValuesEditor_organization\n      ...KudosAllowanceForm_organization\n      ...ChatWebhookForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      id\n      title\n      summary\n      skills\n      estimatedMinutes\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      id\n      title\n      body\n      points\n      passingScore\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      id\n      title\n      body\n      points\n      passingScore\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerKey($moduleId: ID!) {\n    answerKey(moduleId: $moduleId) {\n      id\n      prompt\n      choices\n      answerIndex\n      explanation\n    }\n  }\n"): (typeof documents)["\n  query AnswerKey($moduleId: ID!) {\n    answerKey(moduleId: $moduleId) {\n      id\n      prompt\n      choices\n      answerIndex\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      status\n      skills\n      estimatedMinutes\n      points\n      modules {\n        id\n        position\n        title\n        kind\n        body\n        points\n        passingScore\n        questions {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      summary\n      status\n      skills\n      estimatedMinutes\n      points\n      modules {\n        id\n        position\n        title\n        kind\n        body\n        points\n        passingScore\n        questions {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n      modules {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Studio {\n    courses {\n      id\n      title\n      status\n      skills\n      moduleCount\n    }\n  }\n"): (typeof documents)["\n  query Studio {\n    courses {\n      id\n      title\n      status\n      skills\n      moduleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCourse($input: AssignCourseInput!) {\n    assignCourse(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCourse($input: AssignCourseInput!) {\n    assignCourse(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLearningPath($input: AssignLearningPathInput!) {\n    assignLearningPath(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLearningPath($input: AssignLearningPathInput!) {\n    assignLearningPath(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentMatrix_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    course {\n      id\n      title\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentMatrix_assignment on Assignment {\n    id\n    status\n    overdue\n    dueAt\n    course {\n      id\n      title\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCustomerFeedback($input: ImportFeedbackInput!) {\n    importCustomerFeedback(input: $input) {\n      imported\n      skipped\n      failed {\n        row\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCustomerFeedback($input: ImportFeedbackInput!) {\n    importCustomerFeedback(input: $input) {\n      imported\n      skipped\n      failed {\n        row\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackImportTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      memberCount\n      members(first: 200) {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackImportTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      memberCount\n      members(first: 200) {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCustomerFeedback($input: RecordFeedbackInput!) {\n    recordCustomerFeedback(input: $input) {\n      id\n      csat\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCustomerFeedback($input: RecordFeedbackInput!) {\n    recordCustomerFeedback(input: $input) {\n      id\n      csat\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneCard_milestone on TeamMilestone {\n    id\n    title\n    metric\n    target\n    current\n    responses\n    progress\n    startsAt\n    endsAt\n    reachedAt\n  }\n"): (typeof documents)["\n  fragment MilestoneCard_milestone on TeamMilestone {\n    id\n    title\n    metric\n    target\n    current\n    responses\n    progress\n    startsAt\n    endsAt\n    reachedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeamMilestone($input: CreateTeamMilestoneInput!) {\n    createTeamMilestone(input: $input) {\n      id\n      reachedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeamMilestone($input: CreateTeamMilestoneInput!) {\n    createTeamMilestone(input: $input) {\n      id\n      reachedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Nudge($assignmentIds: [ID!]!, $message: String) {\n    nudge(assignmentIds: $assignmentIds, message: $message)\n  }\n"): (typeof documents)["\n  mutation Nudge($assignmentIds: [ID!]!, $message: String) {\n    nudge(assignmentIds: $assignmentIds, message: $message)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n    }\n    teamAssignments(teamId: $id) {\n      id\n      overdue\n      ...AssignmentMatrix_assignment\n    }\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n    learningPaths {\n      id\n      title\n    }\n    customerFeedback(teamId: $id, first: 8) {\n      id\n      csat\n      nps\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n    }\n    teamAssignments(teamId: $id) {\n      id\n      overdue\n      ...AssignmentMatrix_assignment\n    }\n    courses(status: PUBLISHED) {\n      id\n      title\n    }\n    learningPaths {\n      id\n      title\n    }\n    customerFeedback(teamId: $id, first: 8) {\n      id\n      csat\n      nps\n      comment\n      customerName\n      createdAt\n      employee {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      points\n      manager {\n        id\n        displayName\n      }\n      memberCount\n      members(first: 100) {\n        id\n        displayName\n        points\n        leaderboardOptOut\n        level {\n          number\n          title\n        }\n      }\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n      activity(weeks: 12) {\n        weekStart\n        modulesCompleted\n        coursesCompleted\n        averageCsat\n        feedbackCount\n      }\n    }\n    celebrations(first: 8, teamId: $id) {\n      nodes {\n        id\n        ...CelebrationItem_celebration\n      }\n    }\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      points\n      manager {\n        id\n        displayName\n      }\n      memberCount\n      members(first: 100) {\n        id\n        displayName\n        points\n        leaderboardOptOut\n        level {\n          number\n          title\n        }\n      }\n      milestones {\n        id\n        ...MilestoneCard_milestone\n      }\n      activity(weeks: 12) {\n        weekStart\n        modulesCompleted\n        coursesCompleted\n        averageCsat\n        feedbackCount\n      }\n    }\n    celebrations(first: 8, teamId: $id) {\n      nodes {\n        id\n        ...CelebrationItem_celebration\n      }\n    }\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    organization {\n      id\n      teams {\n        id\n        name\n        points\n        manager {\n          id\n          displayName\n        }\n        memberCount\n        members(first: 6) {\n          id\n          displayName\n        }\n      }\n    }\n    me {\n      id\n      team {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    organization {\n      id\n      teams {\n        id\n        name\n        points\n        manager {\n          id\n          displayName\n        }\n        memberCount\n        members(first: 6) {\n          id\n          displayName\n        }\n      }\n    }\n    me {\n      id\n      team {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCredential($id: ID!) {\n    verifyCredential(id: $id) {\n      valid\n      problem\n      recipientName\n      achievementName\n      achievementType\n      issuerName\n      issuerDid\n      issuerUrl\n      statusListUrl\n      issuedAt\n      expiresAt\n      credentialUrl\n    }\n  }\n"): (typeof documents)["\n  query VerifyCredential($id: ID!) {\n    verifyCredential(id: $id) {\n      valid\n      problem\n      recipientName\n      achievementName\n      achievementType\n      issuerName\n      issuerDid\n      issuerUrl\n      statusListUrl\n      issuedAt\n      expiresAt\n      credentialUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CelebrationItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CelebrationItem_celebration on Celebration {\n    id\n    kind\n    title\n    body\n    icon\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard_course on Course {\n    id\n    title\n    summary\n    skills\n    estimatedMinutes\n    points\n    status\n    moduleCount\n    myEnrollment {\n      id\n      status\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard_course on Course {\n    id\n    title\n    summary\n    skills\n    estimatedMinutes\n    points\n    status\n    moduleCount\n    myEnrollment {\n      id\n      status\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePicker($search: String, $teamId: ID, $managerId: ID) {\n    people(search: $search, teamId: $teamId, managerId: $managerId, first: 20) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePicker($search: String, $teamId: ID, $managerId: ID) {\n    people(search: $search, teamId: $teamId, managerId: $managerId, first: 20) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPicker($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 21) {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPicker($search: String) {\n    organization {\n      id\n      teams(search: $search, first: 21) {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellSearch($query: String!) {\n    people(search: $query, first: 5) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    search(query: $query, perKind: 5) {\n      courses {\n        id\n        title\n      }\n      badges {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShellSearch($query: String!) {\n    people(search: $query, first: 5) {\n      nodes {\n        id\n        displayName\n        team {\n          id\n          name\n        }\n      }\n    }\n    search(query: $query, perKind: 5) {\n      courses {\n        id\n        title\n      }\n      badges {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      points\n      streakDays\n      level {\n        number\n        title\n      }\n      managedTeams {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      points\n      streakDays\n      level {\n        number\n        title\n      }\n      managedTeams {\n        id\n        name\n      }\n    }\n    organization {\n      id\n      name\n      timeZone\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;