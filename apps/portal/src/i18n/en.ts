import { guideEn } from './guide-en';
import type { AppResources } from './zh-CN';

export const en: AppResources = {
  guide: guideEn,
  app: {
    title: 'Demonstration Platform Applications',
    subtitle: 'Member organisation sign-in',
    consoleName: 'association console',
  },
  nav: {
    myApplications: 'My applications',
    newApplication: 'New application',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to my applications',
  },
  myApplications: {
    title: 'My applications',
    create: 'New application',
    round: 'Round',
    functions: 'Service functions',
    status: 'Status',
    createdAt: 'Created',
    updatedAt: 'Updated',
    empty: 'Your organisation has no applications yet',
    emptyHint: 'Choose service functions in an open round to create a draft application.',
    description: 'All applications of your organisation and how far each has got.',
    allStatuses: 'All statuses',
    allRounds: 'All rounds',
    view: 'View',
    viewOne: 'View the application for {{round}}',
  },
  application: {
    title: 'Application',
    notFound: 'Application not found',
    deadline: 'Submission deadline',
    submittedAt: 'Submitted',
  },
  newApplication: {
    title: 'New application',
    description: 'Choose a round and the service functions to create a draft; you can change it until you submit.',
    organisation: 'Applicant organisation',
    noOrganisation:
      'Your account is not linked to a member organisation, so you cannot apply yet. Please contact the Membership Department.',
    round: 'Round',
    roundOption: '{{name}} (deadline {{deadline}})',
    roundRequired: 'Please choose a round',
    functions: 'Service functions',
    functionsHint: 'Choose one or more (Art. 4 of the Measures).',
    functionsRequired: 'Please choose at least one service function',
    submit: 'Create draft application',
    cancel: 'Cancel',
    created: 'Draft application created ({{round}})',
    noOpenRound: 'No round is open for applications',
    noOpenRoundHint: 'The association runs two rounds a year (Art. 10); watch for the call for applications.',
    backToList: 'Back to my applications',
    validationFailed: 'Please correct the application: {{message}}',
    ruleViolation: '{{message}} ({{article}})',
    roundsFailed: 'Could not load rounds: {{message}}',
  },
};
