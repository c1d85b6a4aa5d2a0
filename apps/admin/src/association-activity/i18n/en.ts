import type { zhCN } from './zh-CN';

// The same keys as zh-CN.ts, in English.
export const en: typeof zhCN = {
  nav: { activities: 'Association activities' },
  list: {
    title: 'Association activities',
    description:
      'Art. 12: platforms take an active part in the association’s activities. Record the activities the association holds and which platforms attended; attendance counts in each platform’s annual service report and in the ranking for national recommendation.',
    year: 'Year',
    create: 'New activity',
    activityTitle: 'Activity',
    heldOn: 'Held on',
    place: 'Place',
    attendees: 'Platforms attending',
    attendeeList: '{{count}}: {{names}}',
    separator: ', ',
    attendance: 'Record attendance',
    empty: 'No association activities recorded for {{year}}',
    emptyHint: 'Press “New activity” to record its title, date and place, then record the platforms that attended.',
  },
  create: {
    title: 'New association activity',
    ok: 'Create',
    activityTitle: 'Activity',
    heldOn: 'Held on',
    place: 'Place',
    required: 'Required',
    done: 'Activity created',
  },
  attendance: {
    title: 'Record attendance: {{activity}}',
    ok: 'Save',
    titles: 'Platforms attending',
    hint: 'Choose the platforms that attended (search by organisation name or certificate number). Saving makes this the list.',
    placeholder: 'Search by name or certificate number',
    option: '{{name}} ({{number}})',
    confirm: 'Save the list of platforms attending “{{activity}}”?',
    confirmDescription: '{{count}} platforms. Attendance counts in each platform’s {{year}} annual service report.',
    done: 'Attendance saved',
  },
};
