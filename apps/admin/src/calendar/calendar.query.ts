import { graphql, type ResultOf } from '@sme/client';

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
    }
  }
`);

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
export const CALENDAR_CONTEXT = { additionalTypenames: ['WorkingDayOverride', 'CalendarDay', 'NoticePeriod'] };

export type CalendarDay = ResultOf<typeof WorkingDayCalendarQuery>['workingDayCalendar'][number];
export type WorkingDayOverride = ResultOf<typeof WorkingDayOverridesQuery>['workingDayOverrides'][number];
export type NoticePeriod = ResultOf<typeof NoticePeriodQuery>['noticePeriod'];
