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
    "\n  query TenantSettings($tenantId: ID!) {\n    tenantSettings(tenantId: $tenantId) {\n      tenantId\n      name\n      code\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($tenantId: ID!, $input: TenantSettingsInput!) {\n    updateTenantSettings(tenantId: $tenantId, input: $input) {\n      tenantId\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      tenantId\n      code\n      name\n      parentId\n      head {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  mutation SaveOrgUnit($input: SaveOrgUnitInput!) {\n    saveOrgUnit(input: $input) {\n      id\n      code\n      name\n      parentId\n    }\n  }\n": typeof types.SaveOrgUnitDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      username\n      displayName\n      activeFrom\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation SetPersonRoles($id: ID!, $roles: [String!]!) {\n    setPersonRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.SetPersonRolesDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      accountStatus\n      endDate\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ImportHr($content: String!, $format: HrFormat!, $dryRun: Boolean) {\n    importHr(content: $content, format: $format, dryRun: $dryRun) {\n      fileErrors\n      rows\n      created\n      updated\n      moved\n      ended\n      unchanged\n      rejected {\n        row\n        personNumber\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportHrDocument,
    "\n  query TenantAccessGrants($tenantId: ID!) {\n    tenantAccessGrants(tenantId: $tenantId) {\n      id\n      username\n      homeTenantName\n      person {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n": typeof types.TenantAccessGrantsDocument,
    "\n  mutation GrantTenantAccess($tenantId: ID!, $username: String!) {\n    grantTenantAccess(tenantId: $tenantId, username: $username) {\n      id\n    }\n  }\n": typeof types.GrantTenantAccessDocument,
    "\n  mutation RevokeTenantAccess($id: ID!) {\n    revokeTenantAccess(id: $id)\n  }\n": typeof types.RevokeTenantAccessDocument,
    "\n  query Account {\n    viewer {\n      id\n      username\n      givenName\n      surname\n      email\n      mobile\n      roles\n      mustChangePassword\n      passwordExpiresAt\n      person {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      tenant {\n        id\n        name\n      }\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($identifier: String!, $channel: ResetChannel!) {\n    requestPasswordReset(identifier: $identifier, channel: $channel)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithCode($identifier: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithCode(identifier: $identifier, code: $code, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordWithCodeDocument,
    "\n  mutation SignOutEverywhere($personId: ID) {\n    signOutEverywhere(personId: $personId)\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      mustChangePassword\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n": typeof types.ItAvailabilityDocument,
    "\n  query BusinessCalendars($tenantId: ID!) {\n    businessCalendars(tenantId: $tenantId) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BusinessCalendarsDocument,
    "\n  mutation SaveBusinessCalendar($tenantId: ID!, $name: String!, $calendar: String!) {\n    saveBusinessCalendar(tenantId: $tenantId, name: $name, calendar: $calendar) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n  }\n": typeof types.SaveBusinessCalendarDocument,
    "\n  query Targets($tenantId: ID!) {\n    slaPolicies(tenantId: $tenantId) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n    criticalSettings {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n": typeof types.TargetsDocument,
    "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n  }\n": typeof types.SaveSlaPolicyDocument,
    "\n  mutation SaveCriticalSettings($input: CriticalSettingsInput!) {\n    saveCriticalSettings(input: $input) {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n": typeof types.SaveCriticalSettingsDocument,
    "\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": typeof types.WhoToCallDocument,
    "\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n": typeof types.ReportCriticalDocument,
    "\n  query MyNotices {\n    myNotifications(unreadOnly: true) {\n      id\n      kind\n      text\n      ticketId\n      createdAt\n      params {\n        name\n        value\n      }\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  subscription NoticeAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n": typeof types.NoticeAddedDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNoticeReadDocument,
    "\n  query TicketDashboard($tenantId: ID) {\n    ticketDashboard(tenantId: $tenantId) {\n      open\n      byPriority {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byGroup {\n        key\n        count\n      }\n      byAge {\n        key\n        count\n      }\n    }\n  }\n": typeof types.TicketDashboardDocument,
    "\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n": typeof types.CriticalCaseDocument,
    "\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.AcknowledgeEscalationDocument,
    "\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n": typeof types.EscalateCriticalDocument,
    "\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideOvertimeDocument,
    "\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.TakeCriticalDocument,
    "\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n": typeof types.LogCriticalCallDocument,
    "\n  query OnCallPlanning($tenantId: ID!) {\n    onCallPeriods(tenantId: $tenantId) {\n      id\n      startsAt\n      endsAt\n      personIds\n      unitIds\n      phone\n      note\n    }\n    orgUnits {\n      id\n      name\n      tenantId\n      parentId\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n    itStaff {\n      id\n      displayName\n      jobTitle\n      workPhone\n    }\n  }\n": typeof types.OnCallPlanningDocument,
    "\n  mutation ScheduleOnCall($input: ScheduleOnCallInput!) {\n    scheduleOnCall(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleOnCallDocument,
    "\n  mutation AnnounceItAbsence($input: AnnounceItAbsenceInput!) {\n    announceItAbsence(input: $input) {\n      id\n    }\n  }\n": typeof types.AnnounceItAbsenceDocument,
    "\n  fragment PortalTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    createdAt\n    subject {\n      id\n      displayName\n    }\n  }\n": typeof types.PortalTicketFieldsFragmentDoc,
    "\n  query MyTickets {\n    myTickets {\n      ...PortalTicketFields\n    }\n    ticketsFiledForOthers {\n      ...PortalTicketFields\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query TicketCategories {\n    ticketCategories {\n      id\n      name\n      parentId\n    }\n    attachmentMaxBytes\n  }\n": typeof types.TicketCategoriesDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  query PeopleToFileFor {\n    peopleToFileFor {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": typeof types.PeopleToFileForDocument,
    "\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    slaDueAt\n    version\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n": typeof types.QueueTicketFieldsFragmentDoc,
    "\n  query Queue(\n    $first: Int!\n    $after: String\n    $statuses: [TicketStatus!]\n    $priorities: [TicketPriority!]\n    $assignedToMe: Boolean\n    $text: String\n    $sort: QueueSort!\n  ) {\n    queue(\n      first: $first\n      after: $after\n      statuses: $statuses\n      priorities: $priorities\n      assignedToMe: $assignedToMe\n      text: $text\n      sort: $sort\n    ) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    queueCounts {\n      tenantId\n      status\n      count\n    }\n  }\n": typeof types.QueueDocument,
    "\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n": typeof types.QueueEventsDocument,
    "\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      changed\n      failed\n      results {\n        index\n        ok\n        code\n        message\n        ticket {\n          ...QueueTicketFields\n        }\n      }\n    }\n  }\n": typeof types.BulkUpdateTicketsDocument,
    "\n  query QueueOperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n      tenantId\n    }\n    viewer {\n      id\n      person {\n        id\n      }\n    }\n  }\n": typeof types.QueueOperatorGroupsDocument,
    "\n  query CallerSearch($query: String!) {\n    staffSearch(query: $query, first: 20) {\n      id\n      displayName\n      jobTitle\n      tenant {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CallerSearchDocument,
    "\n  mutation RecordTicketForCaller($input: RecordTicketForCallerInput!) {\n    recordTicketForCaller(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.RecordTicketForCallerDocument,
    "\n  query QueueViews {\n    queueViews {\n      id\n      name\n      shared\n      mine\n      ownerName\n      count\n      filters {\n        statuses\n        priorities\n        assignedToMe\n        text\n        sort\n      }\n    }\n  }\n": typeof types.QueueViewsDocument,
    "\n  mutation SaveQueueView($input: SaveQueueViewInput!) {\n    saveQueueView(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveQueueViewDocument,
    "\n  mutation DeleteQueueView($id: ID!) {\n    deleteQueueView(id: $id)\n  }\n": typeof types.DeleteQueueViewDocument,
    "\n  query SlaCompliance($tenantId: ID!, $month: String!) {\n    slaCompliance(tenantId: $tenantId, month: $month) {\n      group\n      resolved\n      responseMet\n      resolutionMet\n    }\n  }\n": typeof types.SlaComplianceDocument,
    "\n  query TicketSla($ticketId: ID!) {\n    ticketSla(ticketId: $ticketId) {\n      responseDueAt\n      resolutionDueAt\n      responseState\n      resolutionState\n      resolutionMinutesLeft\n      wallClock\n    }\n  }\n": typeof types.TicketSlaDocument,
    "\n  query StaffSearch($query: String!) {\n    staffSearch(query: $query, first: 30) {\n      id\n      username\n      displayName\n      jobTitle\n      email\n      mobile\n      workPhone\n      kind\n      roles\n      accountStatus\n      locked\n      lockedUntil\n      mustChangePassword\n      canResetPassword\n      activeFrom\n      endDate\n      tenant {\n        id\n        code\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffSearchDocument,
    "\n  mutation SetTemporaryPassword($personId: ID!) {\n    setTemporaryPassword(personId: $personId) {\n      password\n    }\n  }\n": typeof types.SetTemporaryPasswordDocument,
    "\n  mutation UnlockAccount($personId: ID!) {\n    unlockAccount(personId: $personId)\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation RequestColleagueReset($personId: ID!) {\n    requestColleaguePasswordReset(personId: $personId)\n  }\n": typeof types.RequestColleagueResetDocument,
    "\n  fragment TicketDetailFields on Ticket {\n    id\n    number\n    title\n    description\n    status\n    priority\n    priorityReason\n    impact\n    urgency\n    line\n    version\n    createdAt\n    resolvedAt\n    slaDueAt\n    rating\n    timeSpentMinutes\n    majorIncident\n    parentId\n    mergedIntoId\n    tenant {\n      id\n      code\n      name\n    }\n    caller {\n      id\n      displayName\n      workPhone\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n": typeof types.TicketDetailFieldsFragmentDoc,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n    ticketTimeline(ticketId: $id) {\n      id\n      kind\n      body\n      field\n      from\n      to\n      reason\n      timeSpentMinutes\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ticketAttachments(ticketId: $id) {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.TicketPageDocument,
    "\n  query OperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n    }\n  }\n": typeof types.OperatorGroupsDocument,
    "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ChangeTicketStatusDocument,
    "\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ChangeTicketPriorityDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation AddTicketEntry($input: AddTicketEntryInput!) {\n    addTicketEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTicketEntryDocument,
    "\n  mutation ReopenTicket($id: ID!) {\n    reopenTicket(ticketId: $id) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ReopenTicketDocument,
    "\n  mutation RateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.RateTicketDocument,
    "\n  mutation SetMajorIncident($input: SetMajorIncidentInput!) {\n    setMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.SetMajorIncidentDocument,
    "\n  mutation LinkTicketToMajorIncident($input: LinkTicketInput!) {\n    linkTicketToMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.LinkTicketToMajorIncidentDocument,
    "\n  mutation ResolveMajorIncident($input: ResolveMajorIncidentInput!) {\n    resolveMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ResolveMajorIncidentDocument,
    "\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.MergeTicketDocument,
    "\n  query FindTicketByNumber($text: String!) {\n    searchTickets(text: $text, first: 1) {\n      id\n      number\n    }\n  }\n": typeof types.FindTicketByNumberDocument,
    "\n  query TicketAutoCloseDays($tenantId: ID!) {\n    ticketAutoCloseDays(tenantId: $tenantId)\n  }\n": typeof types.TicketAutoCloseDaysDocument,
    "\n  mutation SetTicketAutoCloseDays($tenantId: ID!, $businessDays: Int!) {\n    setTicketAutoCloseDays(tenantId: $tenantId, businessDays: $businessDays)\n  }\n": typeof types.SetTicketAutoCloseDaysDocument,
};
const documents: Documents = {
    "\n  query TenantSettings($tenantId: ID!) {\n    tenantSettings(tenantId: $tenantId) {\n      tenantId\n      name\n      code\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($tenantId: ID!, $input: TenantSettingsInput!) {\n    updateTenantSettings(tenantId: $tenantId, input: $input) {\n      tenantId\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      tenantId\n      code\n      name\n      parentId\n      head {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  mutation SaveOrgUnit($input: SaveOrgUnitInput!) {\n    saveOrgUnit(input: $input) {\n      id\n      code\n      name\n      parentId\n    }\n  }\n": types.SaveOrgUnitDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      username\n      displayName\n      activeFrom\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation SetPersonRoles($id: ID!, $roles: [String!]!) {\n    setPersonRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.SetPersonRolesDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      accountStatus\n      endDate\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ImportHr($content: String!, $format: HrFormat!, $dryRun: Boolean) {\n    importHr(content: $content, format: $format, dryRun: $dryRun) {\n      fileErrors\n      rows\n      created\n      updated\n      moved\n      ended\n      unchanged\n      rejected {\n        row\n        personNumber\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": types.ImportHrDocument,
    "\n  query TenantAccessGrants($tenantId: ID!) {\n    tenantAccessGrants(tenantId: $tenantId) {\n      id\n      username\n      homeTenantName\n      person {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n": types.TenantAccessGrantsDocument,
    "\n  mutation GrantTenantAccess($tenantId: ID!, $username: String!) {\n    grantTenantAccess(tenantId: $tenantId, username: $username) {\n      id\n    }\n  }\n": types.GrantTenantAccessDocument,
    "\n  mutation RevokeTenantAccess($id: ID!) {\n    revokeTenantAccess(id: $id)\n  }\n": types.RevokeTenantAccessDocument,
    "\n  query Account {\n    viewer {\n      id\n      username\n      givenName\n      surname\n      email\n      mobile\n      roles\n      mustChangePassword\n      passwordExpiresAt\n      person {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      tenant {\n        id\n        name\n      }\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($identifier: String!, $channel: ResetChannel!) {\n    requestPasswordReset(identifier: $identifier, channel: $channel)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithCode($identifier: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithCode(identifier: $identifier, code: $code, newPassword: $newPassword)\n  }\n": types.ResetPasswordWithCodeDocument,
    "\n  mutation SignOutEverywhere($personId: ID) {\n    signOutEverywhere(personId: $personId)\n  }\n": types.SignOutEverywhereDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      mustChangePassword\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n": types.ItAvailabilityDocument,
    "\n  query BusinessCalendars($tenantId: ID!) {\n    businessCalendars(tenantId: $tenantId) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n  }\n": types.BusinessCalendarsDocument,
    "\n  mutation SaveBusinessCalendar($tenantId: ID!, $name: String!, $calendar: String!) {\n    saveBusinessCalendar(tenantId: $tenantId, name: $name, calendar: $calendar) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n  }\n": types.SaveBusinessCalendarDocument,
    "\n  query Targets($tenantId: ID!) {\n    slaPolicies(tenantId: $tenantId) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n    criticalSettings {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n": types.TargetsDocument,
    "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n  }\n": types.SaveSlaPolicyDocument,
    "\n  mutation SaveCriticalSettings($input: CriticalSettingsInput!) {\n    saveCriticalSettings(input: $input) {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n": types.SaveCriticalSettingsDocument,
    "\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": types.WhoToCallDocument,
    "\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n": types.ReportCriticalDocument,
    "\n  query MyNotices {\n    myNotifications(unreadOnly: true) {\n      id\n      kind\n      text\n      ticketId\n      createdAt\n      params {\n        name\n        value\n      }\n    }\n  }\n": types.MyNoticesDocument,
    "\n  subscription NoticeAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n": types.NoticeAddedDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNoticeReadDocument,
    "\n  query TicketDashboard($tenantId: ID) {\n    ticketDashboard(tenantId: $tenantId) {\n      open\n      byPriority {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byGroup {\n        key\n        count\n      }\n      byAge {\n        key\n        count\n      }\n    }\n  }\n": types.TicketDashboardDocument,
    "\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n": types.CriticalCaseDocument,
    "\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.AcknowledgeEscalationDocument,
    "\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n": types.EscalateCriticalDocument,
    "\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideOvertimeDocument,
    "\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.TakeCriticalDocument,
    "\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n": types.LogCriticalCallDocument,
    "\n  query OnCallPlanning($tenantId: ID!) {\n    onCallPeriods(tenantId: $tenantId) {\n      id\n      startsAt\n      endsAt\n      personIds\n      unitIds\n      phone\n      note\n    }\n    orgUnits {\n      id\n      name\n      tenantId\n      parentId\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n    itStaff {\n      id\n      displayName\n      jobTitle\n      workPhone\n    }\n  }\n": types.OnCallPlanningDocument,
    "\n  mutation ScheduleOnCall($input: ScheduleOnCallInput!) {\n    scheduleOnCall(input: $input) {\n      id\n    }\n  }\n": types.ScheduleOnCallDocument,
    "\n  mutation AnnounceItAbsence($input: AnnounceItAbsenceInput!) {\n    announceItAbsence(input: $input) {\n      id\n    }\n  }\n": types.AnnounceItAbsenceDocument,
    "\n  fragment PortalTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    createdAt\n    subject {\n      id\n      displayName\n    }\n  }\n": types.PortalTicketFieldsFragmentDoc,
    "\n  query MyTickets {\n    myTickets {\n      ...PortalTicketFields\n    }\n    ticketsFiledForOthers {\n      ...PortalTicketFields\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query TicketCategories {\n    ticketCategories {\n      id\n      name\n      parentId\n    }\n    attachmentMaxBytes\n  }\n": types.TicketCategoriesDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": types.CreateTicketDocument,
    "\n  query PeopleToFileFor {\n    peopleToFileFor {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": types.PeopleToFileForDocument,
    "\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    slaDueAt\n    version\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n": types.QueueTicketFieldsFragmentDoc,
    "\n  query Queue(\n    $first: Int!\n    $after: String\n    $statuses: [TicketStatus!]\n    $priorities: [TicketPriority!]\n    $assignedToMe: Boolean\n    $text: String\n    $sort: QueueSort!\n  ) {\n    queue(\n      first: $first\n      after: $after\n      statuses: $statuses\n      priorities: $priorities\n      assignedToMe: $assignedToMe\n      text: $text\n      sort: $sort\n    ) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    queueCounts {\n      tenantId\n      status\n      count\n    }\n  }\n": types.QueueDocument,
    "\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n": types.QueueEventsDocument,
    "\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      changed\n      failed\n      results {\n        index\n        ok\n        code\n        message\n        ticket {\n          ...QueueTicketFields\n        }\n      }\n    }\n  }\n": types.BulkUpdateTicketsDocument,
    "\n  query QueueOperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n      tenantId\n    }\n    viewer {\n      id\n      person {\n        id\n      }\n    }\n  }\n": types.QueueOperatorGroupsDocument,
    "\n  query CallerSearch($query: String!) {\n    staffSearch(query: $query, first: 20) {\n      id\n      displayName\n      jobTitle\n      tenant {\n        id\n        code\n      }\n    }\n  }\n": types.CallerSearchDocument,
    "\n  mutation RecordTicketForCaller($input: RecordTicketForCallerInput!) {\n    recordTicketForCaller(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n": types.RecordTicketForCallerDocument,
    "\n  query QueueViews {\n    queueViews {\n      id\n      name\n      shared\n      mine\n      ownerName\n      count\n      filters {\n        statuses\n        priorities\n        assignedToMe\n        text\n        sort\n      }\n    }\n  }\n": types.QueueViewsDocument,
    "\n  mutation SaveQueueView($input: SaveQueueViewInput!) {\n    saveQueueView(input: $input) {\n      id\n    }\n  }\n": types.SaveQueueViewDocument,
    "\n  mutation DeleteQueueView($id: ID!) {\n    deleteQueueView(id: $id)\n  }\n": types.DeleteQueueViewDocument,
    "\n  query SlaCompliance($tenantId: ID!, $month: String!) {\n    slaCompliance(tenantId: $tenantId, month: $month) {\n      group\n      resolved\n      responseMet\n      resolutionMet\n    }\n  }\n": types.SlaComplianceDocument,
    "\n  query TicketSla($ticketId: ID!) {\n    ticketSla(ticketId: $ticketId) {\n      responseDueAt\n      resolutionDueAt\n      responseState\n      resolutionState\n      resolutionMinutesLeft\n      wallClock\n    }\n  }\n": types.TicketSlaDocument,
    "\n  query StaffSearch($query: String!) {\n    staffSearch(query: $query, first: 30) {\n      id\n      username\n      displayName\n      jobTitle\n      email\n      mobile\n      workPhone\n      kind\n      roles\n      accountStatus\n      locked\n      lockedUntil\n      mustChangePassword\n      canResetPassword\n      activeFrom\n      endDate\n      tenant {\n        id\n        code\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffSearchDocument,
    "\n  mutation SetTemporaryPassword($personId: ID!) {\n    setTemporaryPassword(personId: $personId) {\n      password\n    }\n  }\n": types.SetTemporaryPasswordDocument,
    "\n  mutation UnlockAccount($personId: ID!) {\n    unlockAccount(personId: $personId)\n  }\n": types.UnlockAccountDocument,
    "\n  mutation RequestColleagueReset($personId: ID!) {\n    requestColleaguePasswordReset(personId: $personId)\n  }\n": types.RequestColleagueResetDocument,
    "\n  fragment TicketDetailFields on Ticket {\n    id\n    number\n    title\n    description\n    status\n    priority\n    priorityReason\n    impact\n    urgency\n    line\n    version\n    createdAt\n    resolvedAt\n    slaDueAt\n    rating\n    timeSpentMinutes\n    majorIncident\n    parentId\n    mergedIntoId\n    tenant {\n      id\n      code\n      name\n    }\n    caller {\n      id\n      displayName\n      workPhone\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n": types.TicketDetailFieldsFragmentDoc,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n    ticketTimeline(ticketId: $id) {\n      id\n      kind\n      body\n      field\n      from\n      to\n      reason\n      timeSpentMinutes\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ticketAttachments(ticketId: $id) {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": types.TicketPageDocument,
    "\n  query OperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n    }\n  }\n": types.OperatorGroupsDocument,
    "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.ChangeTicketStatusDocument,
    "\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.ChangeTicketPriorityDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation AddTicketEntry($input: AddTicketEntryInput!) {\n    addTicketEntry(input: $input) {\n      id\n    }\n  }\n": types.AddTicketEntryDocument,
    "\n  mutation ReopenTicket($id: ID!) {\n    reopenTicket(ticketId: $id) {\n      ...TicketDetailFields\n    }\n  }\n": types.ReopenTicketDocument,
    "\n  mutation RateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.RateTicketDocument,
    "\n  mutation SetMajorIncident($input: SetMajorIncidentInput!) {\n    setMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.SetMajorIncidentDocument,
    "\n  mutation LinkTicketToMajorIncident($input: LinkTicketInput!) {\n    linkTicketToMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.LinkTicketToMajorIncidentDocument,
    "\n  mutation ResolveMajorIncident($input: ResolveMajorIncidentInput!) {\n    resolveMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.ResolveMajorIncidentDocument,
    "\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n": types.MergeTicketDocument,
    "\n  query FindTicketByNumber($text: String!) {\n    searchTickets(text: $text, first: 1) {\n      id\n      number\n    }\n  }\n": types.FindTicketByNumberDocument,
    "\n  query TicketAutoCloseDays($tenantId: ID!) {\n    ticketAutoCloseDays(tenantId: $tenantId)\n  }\n": types.TicketAutoCloseDaysDocument,
    "\n  mutation SetTicketAutoCloseDays($tenantId: ID!, $businessDays: Int!) {\n    setTicketAutoCloseDays(tenantId: $tenantId, businessDays: $businessDays)\n  }\n": types.SetTicketAutoCloseDaysDocument,
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
export function graphql(source: "\n  query TenantSettings($tenantId: ID!) {\n    tenantSettings(tenantId: $tenantId) {\n      tenantId\n      name\n      code\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantSettings($tenantId: ID!) {\n    tenantSettings(tenantId: $tenantId) {\n      tenantId\n      name\n      code\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($tenantId: ID!, $input: TenantSettingsInput!) {\n    updateTenantSettings(tenantId: $tenantId, input: $input) {\n      tenantId\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($tenantId: ID!, $input: TenantSettingsInput!) {\n    updateTenantSettings(tenantId: $tenantId, input: $input) {\n      tenantId\n      urgentPhone\n      supportPhone\n      supportEmail\n      usernameScheme\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n      featureRules {\n        remoteAccessOrderedByManager\n        internationalCallsNeedApproval\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      tenantId\n      code\n      name\n      parentId\n      head {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits {\n    orgUnits {\n      id\n      tenantId\n      code\n      name\n      parentId\n      head {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOrgUnit($input: SaveOrgUnitInput!) {\n    saveOrgUnit(input: $input) {\n      id\n      code\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation SaveOrgUnit($input: SaveOrgUnitInput!) {\n    saveOrgUnit(input: $input) {\n      id\n      code\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      username\n      displayName\n      activeFrom\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      username\n      displayName\n      activeFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonRoles($id: ID!, $roles: [String!]!) {\n    setPersonRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonRoles($id: ID!, $roles: [String!]!) {\n    setPersonRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      accountStatus\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      accountStatus\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHr($content: String!, $format: HrFormat!, $dryRun: Boolean) {\n    importHr(content: $content, format: $format, dryRun: $dryRun) {\n      fileErrors\n      rows\n      created\n      updated\n      moved\n      ended\n      unchanged\n      rejected {\n        row\n        personNumber\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportHr($content: String!, $format: HrFormat!, $dryRun: Boolean) {\n    importHr(content: $content, format: $format, dryRun: $dryRun) {\n      fileErrors\n      rows\n      created\n      updated\n      moved\n      ended\n      unchanged\n      rejected {\n        row\n        personNumber\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantAccessGrants($tenantId: ID!) {\n    tenantAccessGrants(tenantId: $tenantId) {\n      id\n      username\n      homeTenantName\n      person {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantAccessGrants($tenantId: ID!) {\n    tenantAccessGrants(tenantId: $tenantId) {\n      id\n      username\n      homeTenantName\n      person {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTenantAccess($tenantId: ID!, $username: String!) {\n    grantTenantAccess(tenantId: $tenantId, username: $username) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantTenantAccess($tenantId: ID!, $username: String!) {\n    grantTenantAccess(tenantId: $tenantId, username: $username) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTenantAccess($id: ID!) {\n    revokeTenantAccess(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeTenantAccess($id: ID!) {\n    revokeTenantAccess(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    viewer {\n      id\n      username\n      givenName\n      surname\n      email\n      mobile\n      roles\n      mustChangePassword\n      passwordExpiresAt\n      person {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      tenant {\n        id\n        name\n      }\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    viewer {\n      id\n      username\n      givenName\n      surname\n      email\n      mobile\n      roles\n      mustChangePassword\n      passwordExpiresAt\n      person {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      tenant {\n        id\n        name\n      }\n      passwordPolicy {\n        minLength\n        requiredClasses\n        forbiddenCharacters\n        forbidNameParts\n        maxAgeDays\n        historyCount\n        lockoutThreshold\n        lockoutMinutes\n        expiryReminderDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($identifier: String!, $channel: ResetChannel!) {\n    requestPasswordReset(identifier: $identifier, channel: $channel)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($identifier: String!, $channel: ResetChannel!) {\n    requestPasswordReset(identifier: $identifier, channel: $channel)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithCode($identifier: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithCode(identifier: $identifier, code: $code, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithCode($identifier: String!, $code: String!, $newPassword: String!) {\n    resetPasswordWithCode(identifier: $identifier, code: $code, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere($personId: ID) {\n    signOutEverywhere(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere($personId: ID) {\n    signOutEverywhere(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      mustChangePassword\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      mustChangePassword\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCalendars($tenantId: ID!) {\n    businessCalendars(tenantId: $tenantId) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessCalendars($tenantId: ID!) {\n    businessCalendars(tenantId: $tenantId) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBusinessCalendar($tenantId: ID!, $name: String!, $calendar: String!) {\n    saveBusinessCalendar(tenantId: $tenantId, name: $name, calendar: $calendar) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBusinessCalendar($tenantId: ID!, $name: String!, $calendar: String!) {\n    saveBusinessCalendar(tenantId: $tenantId, name: $name, calendar: $calendar) {\n      id\n      name\n      calendar\n      stored\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Targets($tenantId: ID!) {\n    slaPolicies(tenantId: $tenantId) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n    criticalSettings {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n"): (typeof documents)["\n  query Targets($tenantId: ID!) {\n    slaPolicies(tenantId: $tenantId) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n    criticalSettings {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      priority\n      responseMinutes\n      resolutionMinutes\n      calendarName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCriticalSettings($input: CriticalSettingsInput!) {\n    saveCriticalSettings(input: $input) {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCriticalSettings($input: CriticalSettingsInput!) {\n    saveCriticalSettings(input: $input) {\n      autoEscalateMinutes\n      repageMinutes\n      maxRepages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices {\n    myNotifications(unreadOnly: true) {\n      id\n      kind\n      text\n      ticketId\n      createdAt\n      params {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotices {\n    myNotifications(unreadOnly: true) {\n      id\n      kind\n      text\n      ticketId\n      createdAt\n      params {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticeAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription NoticeAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticeRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoticeRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketDashboard($tenantId: ID) {\n    ticketDashboard(tenantId: $tenantId) {\n      open\n      byPriority {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byGroup {\n        key\n        count\n      }\n      byAge {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketDashboard($tenantId: ID) {\n    ticketDashboard(tenantId: $tenantId) {\n      open\n      byPriority {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byGroup {\n        key\n        count\n      }\n      byAge {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n"): (typeof documents)["\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallPlanning($tenantId: ID!) {\n    onCallPeriods(tenantId: $tenantId) {\n      id\n      startsAt\n      endsAt\n      personIds\n      unitIds\n      phone\n      note\n    }\n    orgUnits {\n      id\n      name\n      tenantId\n      parentId\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n    itStaff {\n      id\n      displayName\n      jobTitle\n      workPhone\n    }\n  }\n"): (typeof documents)["\n  query OnCallPlanning($tenantId: ID!) {\n    onCallPeriods(tenantId: $tenantId) {\n      id\n      startsAt\n      endsAt\n      personIds\n      unitIds\n      phone\n      note\n    }\n    orgUnits {\n      id\n      name\n      tenantId\n      parentId\n    }\n    viewer {\n      tenants {\n        id\n        name\n      }\n    }\n    itStaff {\n      id\n      displayName\n      jobTitle\n      workPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleOnCall($input: ScheduleOnCallInput!) {\n    scheduleOnCall(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleOnCall($input: ScheduleOnCallInput!) {\n    scheduleOnCall(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceItAbsence($input: AnnounceItAbsenceInput!) {\n    announceItAbsence(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnnounceItAbsence($input: AnnounceItAbsenceInput!) {\n    announceItAbsence(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    createdAt\n    subject {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PortalTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    createdAt\n    subject {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    myTickets {\n      ...PortalTicketFields\n    }\n    ticketsFiledForOthers {\n      ...PortalTicketFields\n    }\n  }\n"): (typeof documents)["\n  query MyTickets {\n    myTickets {\n      ...PortalTicketFields\n    }\n    ticketsFiledForOthers {\n      ...PortalTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketCategories {\n    ticketCategories {\n      id\n      name\n      parentId\n    }\n    attachmentMaxBytes\n  }\n"): (typeof documents)["\n  query TicketCategories {\n    ticketCategories {\n      id\n      name\n      parentId\n    }\n    attachmentMaxBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleToFileFor {\n    peopleToFileFor {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  query PeopleToFileFor {\n    peopleToFileFor {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    slaDueAt\n    version\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    slaDueAt\n    version\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue(\n    $first: Int!\n    $after: String\n    $statuses: [TicketStatus!]\n    $priorities: [TicketPriority!]\n    $assignedToMe: Boolean\n    $text: String\n    $sort: QueueSort!\n  ) {\n    queue(\n      first: $first\n      after: $after\n      statuses: $statuses\n      priorities: $priorities\n      assignedToMe: $assignedToMe\n      text: $text\n      sort: $sort\n    ) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    queueCounts {\n      tenantId\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query Queue(\n    $first: Int!\n    $after: String\n    $statuses: [TicketStatus!]\n    $priorities: [TicketPriority!]\n    $assignedToMe: Boolean\n    $text: String\n    $sort: QueueSort!\n  ) {\n    queue(\n      first: $first\n      after: $after\n      statuses: $statuses\n      priorities: $priorities\n      assignedToMe: $assignedToMe\n      text: $text\n      sort: $sort\n    ) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    queueCounts {\n      tenantId\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      changed\n      failed\n      results {\n        index\n        ok\n        code\n        message\n        ticket {\n          ...QueueTicketFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      changed\n      failed\n      results {\n        index\n        ok\n        code\n        message\n        ticket {\n          ...QueueTicketFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueOperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n      tenantId\n    }\n    viewer {\n      id\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueOperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n      tenantId\n    }\n    viewer {\n      id\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerSearch($query: String!) {\n    staffSearch(query: $query, first: 20) {\n      id\n      displayName\n      jobTitle\n      tenant {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallerSearch($query: String!) {\n    staffSearch(query: $query, first: 20) {\n      id\n      displayName\n      jobTitle\n      tenant {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTicketForCaller($input: RecordTicketForCallerInput!) {\n    recordTicketForCaller(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTicketForCaller($input: RecordTicketForCallerInput!) {\n    recordTicketForCaller(input: $input) {\n      ...QueueTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueViews {\n    queueViews {\n      id\n      name\n      shared\n      mine\n      ownerName\n      count\n      filters {\n        statuses\n        priorities\n        assignedToMe\n        text\n        sort\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueViews {\n    queueViews {\n      id\n      name\n      shared\n      mine\n      ownerName\n      count\n      filters {\n        statuses\n        priorities\n        assignedToMe\n        text\n        sort\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQueueView($input: SaveQueueViewInput!) {\n    saveQueueView(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQueueView($input: SaveQueueViewInput!) {\n    saveQueueView(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQueueView($id: ID!) {\n    deleteQueueView(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQueueView($id: ID!) {\n    deleteQueueView(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaCompliance($tenantId: ID!, $month: String!) {\n    slaCompliance(tenantId: $tenantId, month: $month) {\n      group\n      resolved\n      responseMet\n      resolutionMet\n    }\n  }\n"): (typeof documents)["\n  query SlaCompliance($tenantId: ID!, $month: String!) {\n    slaCompliance(tenantId: $tenantId, month: $month) {\n      group\n      resolved\n      responseMet\n      resolutionMet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSla($ticketId: ID!) {\n    ticketSla(ticketId: $ticketId) {\n      responseDueAt\n      resolutionDueAt\n      responseState\n      resolutionState\n      resolutionMinutesLeft\n      wallClock\n    }\n  }\n"): (typeof documents)["\n  query TicketSla($ticketId: ID!) {\n    ticketSla(ticketId: $ticketId) {\n      responseDueAt\n      resolutionDueAt\n      responseState\n      resolutionState\n      resolutionMinutesLeft\n      wallClock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSearch($query: String!) {\n    staffSearch(query: $query, first: 30) {\n      id\n      username\n      displayName\n      jobTitle\n      email\n      mobile\n      workPhone\n      kind\n      roles\n      accountStatus\n      locked\n      lockedUntil\n      mustChangePassword\n      canResetPassword\n      activeFrom\n      endDate\n      tenant {\n        id\n        code\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffSearch($query: String!) {\n    staffSearch(query: $query, first: 30) {\n      id\n      username\n      displayName\n      jobTitle\n      email\n      mobile\n      workPhone\n      kind\n      roles\n      accountStatus\n      locked\n      lockedUntil\n      mustChangePassword\n      canResetPassword\n      activeFrom\n      endDate\n      tenant {\n        id\n        code\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTemporaryPassword($personId: ID!) {\n    setTemporaryPassword(personId: $personId) {\n      password\n    }\n  }\n"): (typeof documents)["\n  mutation SetTemporaryPassword($personId: ID!) {\n    setTemporaryPassword(personId: $personId) {\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($personId: ID!) {\n    unlockAccount(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($personId: ID!) {\n    unlockAccount(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestColleagueReset($personId: ID!) {\n    requestColleaguePasswordReset(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation RequestColleagueReset($personId: ID!) {\n    requestColleaguePasswordReset(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetailFields on Ticket {\n    id\n    number\n    title\n    description\n    status\n    priority\n    priorityReason\n    impact\n    urgency\n    line\n    version\n    createdAt\n    resolvedAt\n    slaDueAt\n    rating\n    timeSpentMinutes\n    majorIncident\n    parentId\n    mergedIntoId\n    tenant {\n      id\n      code\n      name\n    }\n    caller {\n      id\n      displayName\n      workPhone\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetailFields on Ticket {\n    id\n    number\n    title\n    description\n    status\n    priority\n    priorityReason\n    impact\n    urgency\n    line\n    version\n    createdAt\n    resolvedAt\n    slaDueAt\n    rating\n    timeSpentMinutes\n    majorIncident\n    parentId\n    mergedIntoId\n    tenant {\n      id\n      code\n      name\n    }\n    caller {\n      id\n      displayName\n      workPhone\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    operator {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n    ticketTimeline(ticketId: $id) {\n      id\n      kind\n      body\n      field\n      from\n      to\n      reason\n      timeSpentMinutes\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ticketAttachments(ticketId: $id) {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n    ticketTimeline(ticketId: $id) {\n      id\n      kind\n      body\n      field\n      from\n      to\n      reason\n      timeSpentMinutes\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ticketAttachments(ticketId: $id) {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n    }\n  }\n"): (typeof documents)["\n  query OperatorGroups {\n    operatorGroups {\n      id\n      name\n      line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketEntry($input: AddTicketEntryInput!) {\n    addTicketEntry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTicketEntry($input: AddTicketEntryInput!) {\n    addTicketEntry(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($id: ID!) {\n    reopenTicket(ticketId: $id) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTicket($id: ID!) {\n    reopenTicket(ticketId: $id) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMajorIncident($input: SetMajorIncidentInput!) {\n    setMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMajorIncident($input: SetMajorIncidentInput!) {\n    setMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTicketToMajorIncident($input: LinkTicketInput!) {\n    linkTicketToMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTicketToMajorIncident($input: LinkTicketInput!) {\n    linkTicketToMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveMajorIncident($input: ResolveMajorIncidentInput!) {\n    resolveMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveMajorIncident($input: ResolveMajorIncidentInput!) {\n    resolveMajorIncident(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindTicketByNumber($text: String!) {\n    searchTickets(text: $text, first: 1) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  query FindTicketByNumber($text: String!) {\n    searchTickets(text: $text, first: 1) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketAutoCloseDays($tenantId: ID!) {\n    ticketAutoCloseDays(tenantId: $tenantId)\n  }\n"): (typeof documents)["\n  query TicketAutoCloseDays($tenantId: ID!) {\n    ticketAutoCloseDays(tenantId: $tenantId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketAutoCloseDays($tenantId: ID!, $businessDays: Int!) {\n    setTicketAutoCloseDays(tenantId: $tenantId, businessDays: $businessDays)\n  }\n"): (typeof documents)["\n  mutation SetTicketAutoCloseDays($tenantId: ID!, $businessDays: Int!) {\n    setTicketAutoCloseDays(tenantId: $tenantId, businessDays: $businessDays)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;