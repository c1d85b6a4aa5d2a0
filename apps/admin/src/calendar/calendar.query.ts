import { graphql, type ResultOf, ErrorFields } from '@sme/client';

export const WorkingDayCalendarQuery = graphql(`
  query WorkingDayCalendar($year: Int!) {
    workingDayCalendar(year: $year) {
      date
      isWorkingDay
      source
      note
    }
  }
`);

export const WorkingDayOverridesQuery = graphql(`
  query WorkingDayOverrides($year: Int!, $withAuthor: Boolean!) {
    workingDayOverrides(year: $year) {
      date
      isWorkingDay
      note
      updatedAt
      # only administrators may read other users, so others leave the author out
      updatedBy @include(if: $withAuthor) {
        id
        displayName
      }
    }
  }
`);

export const NoticePeriodQuery = graphql(`
  query NoticePeriodPreview($publishedOn: Date!) {
    noticePeriod(publishedOn: $publishedOn) {
      publishedOn
      startsOn
      endsOn
      workingDays
      unconfirmedYears
    }
  }
`);

export const CalendarYearQuery = graphql(`
  query CalendarYearStatus($year: Int!) {
    calendarYears(from: $year, to: $year) {
      year
      confirmed
      source
      overrideCount
      confirmedAt
      confirmedByName
      confirmationNote
    }
  }
`);

/** The years whose schedule is due and unknown (this year; next year from 1 November): the workbench's reminder. */
export const CalendarYearsToConfirmQuery = graphql(`
  query CalendarYearsToConfirm {
    calendarYearsToConfirm {
      year
      overrideCount
    }
  }
`);

export const ConfirmCalendarYearMutation = graphql(
  `
    mutation ConfirmCalendarYear($input: ConfirmCalendarYearInput!) {
      confirmCalendarYear(input: $input) {
        __typename
        ... on ConfirmCalendarYearSuccess {
          data {
            year
            confirmed
            source
            overrideCount
            confirmedAt
            confirmedByName
            confirmationNote
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

export const SetWorkingDayMutation = graphql(`
  mutation SetWorkingDay($date: Date!, $isWorkingDay: Boolean!, $note: String!) {
    setWorkingDay(date: $date, isWorkingDay: $isWorkingDay, note: $note) {
      __typename
      ... on SetWorkingDaySuccess {
        data {
          date
          isWorkingDay
          note
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const ClearWorkingDayOverrideMutation = graphql(`
  mutation ClearWorkingDayOverride($date: Date!) {
    clearWorkingDayOverride(date: $date)
  }
`);

/** Calendar days, overrides and notice periods carry no ids, and an empty override list carries no
 * typename at all, so urql's document cache is told which results a calendar change makes stale. */
export const CALENDAR_CONTEXT = {
  additionalTypenames: ['WorkingDayOverride', 'CalendarDay', 'NoticePeriod', 'CalendarYear'],
};

export type CalendarDay = ResultOf<typeof WorkingDayCalendarQuery>['workingDayCalendar'][number];
export type WorkingDayOverride = ResultOf<typeof WorkingDayOverridesQuery>['workingDayOverrides'][number];
export type NoticePeriod = ResultOf<typeof NoticePeriodQuery>['noticePeriod'];
