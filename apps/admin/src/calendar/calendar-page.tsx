import { todayInShanghai } from '@sme/domain';
import {
  DateField,
  LoadErrorAlert,
  PageFrame,
  describeRequestError,
  useDateRules,
  useRevalidateOnLanguageChange,
} from '@sme/ui';
import { Alert, Button, Card, Col, Empty, Flex, Form, InputNumber, Row, Skeleton, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import {
  CALENDAR_CONTEXT,
  WorkingDayCalendarQuery,
  WorkingDayOverridesQuery,
  type CalendarDay,
} from './calendar.query';
import { DayEditor } from './day-editor';
import { MAX_YEAR, MIN_YEAR, parseYear, scheduleState, summariseYear, yearOf, type IsoDate } from './month-grid';
import { CalendarYearStatus } from './year-status';
import { NoticePeriodPreview } from './notice-period-preview';
import { OverridesTable } from './overrides-table';
import { CalendarLegend, YearGrid } from './year-grid';

/** Art. 8 working-day calendar: the year as the rules count it, and (for administrators) the
 * corrections that enter next year's State Council schedule before the built-in data has it. */
export function CalendarPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => todayInShanghai(new Date()), []);
  const thisYear = yearOf(today);
  // the year lives in the URL (?year=2027) so a link opens the same year
  const year = parseYear(params.get('year')) ?? thisYear;
  const setYear = useCallback(
    (next: number) => {
      if (parseYear(String(next)) === null) return;
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        updated.set('year', String(next));
        return updated;
      });
    },
    [setParams],
  );
  const [editing, setEditing] = useState<IsoDate | null>(null);

  const [calendar, reexecuteCalendar] = useQuery({
    query: WorkingDayCalendarQuery,
    variables: { year },
    context: CALENDAR_CONTEXT,
  });
  const [overrides, reexecuteOverrides] = useQuery({
    query: WorkingDayOverridesQuery,
    variables: { year, withAuthor: canEdit },
    context: CALENDAR_CONTEXT,
  });
  const days = useMemo(
    () => new Map<IsoDate, CalendarDay>((calendar.data?.workingDayCalendar ?? []).map((day) => [day.date, day])),
    [calendar.data],
  );
  const overrideList = overrides.data?.workingDayOverrides;
  // a date typed for another year opens the editor before that year's calendar and overrides arrive
  const editorReady =
    editing !== null &&
    days.has(editing) &&
    overrides.operation?.variables.year === yearOf(editing) &&
    (overrides.data !== undefined || overrides.error !== undefined);

  const edit = useCallback(
    (date: IsoDate) => {
      if (yearOf(date) !== year) setYear(yearOf(date));
      setEditing(date);
    },
    [year, setYear],
  );

  return (
    <PageFrame
      title={t('calendar.title')}
      description={t('calendar.intro')}
      breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
    >
      <YearSwitch year={year} thisYear={thisYear} onChange={setYear} />
      {canEdit ? null : <Alert type="info" showIcon title={t('calendar.readOnly')} data-testid="calendar-read-only" />}
      <CalendarYearStatus year={year} canEdit={canEdit} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Flex vertical gap={12}>
            <CalendarLegend />
            <CalendarBody
              year={year}
              days={days}
              fetching={calendar.fetching}
              error={calendar.error}
              onRetry={() => reexecuteCalendar({ requestPolicy: 'network-only' })}
              onSelectDay={canEdit ? edit : undefined}
            />
          </Flex>
        </Col>
        <Col xs={24} xxl={7}>
          <Flex vertical gap={16}>
            {canEdit ? <AdjustDayForm onOpen={edit} /> : null}
            <NoticePeriodPreview defaultDate={today} />
          </Flex>
        </Col>
      </Row>
      <OverridesTable
        year={year}
        query={{ fetching: overrides.fetching, error: overrides.error, overrides: overrideList }}
        onRetry={() => reexecuteOverrides({ requestPolicy: 'network-only' })}
        onEdit={canEdit ? edit : undefined}
      />
      {canEdit && editing ? (
        <DayEditor
          // mounted afresh once the day's year has loaded, so the form starts from the current state
          key={`${editing}|${String(editorReady)}`}
          loading={!editorReady}
          date={editing}
          day={days.get(editing)}
          override={overrideList?.find((o) => o.date === editing)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </PageFrame>
  );
}

type YearSwitchProps = { year: number; thisYear: number; onChange: (year: number) => void };

function YearSwitch({ year, thisYear, onChange }: YearSwitchProps) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Button onClick={() => onChange(year - 1)} disabled={year <= MIN_YEAR}>
        {t('calendar.previousYear')}
      </Button>
      <InputNumber
        aria-label={t('calendar.year')}
        data-testid="calendar-year-input"
        min={MIN_YEAR}
        max={MAX_YEAR}
        precision={0}
        value={year}
        onChange={(value) => {
          if (typeof value === 'number') onChange(value);
        }}
        style={{ width: 110 }}
      />
      <Button onClick={() => onChange(year + 1)} disabled={year >= MAX_YEAR}>
        {t('calendar.nextYear')}
      </Button>
      <Button type="link" onClick={() => onChange(thisYear)} disabled={year === thisYear}>
        {t('calendar.thisYear')}
      </Button>
    </Space>
  );
}

type CalendarBodyProps = {
  year: number;
  days: ReadonlyMap<IsoDate, CalendarDay>;
  fetching: boolean;
  error: Parameters<typeof describeRequestError>[0] | undefined;
  onRetry: () => void;
  onSelectDay: ((date: IsoDate) => void) | undefined;
};

function CalendarBody({ year, days, fetching, error, onRetry, onSelectDay }: CalendarBodyProps) {
  const { t } = useTranslation();
  const summary = useMemo(() => summariseYear([...days.values()]), [days]);
  if (error && days.size === 0) {
    return (
      <LoadErrorAlert error={error} describe={(message) => t('calendar.loadFailed', { message })} onRetry={onRetry} />
    );
  }
  if (days.size === 0)
    return fetching ? <Skeleton active paragraph={{ rows: 8 }} /> : <Empty description={t('calendar.empty')} />;
  const state = scheduleState(summary);
  return (
    <Flex vertical gap={12}>
      <Typography.Text data-testid="calendar-summary">{t('calendar.summary', summary)}</Typography.Text>
      {state === 'OVERRIDES_ONLY' ? (
        <Alert type="info" showIcon title={t('calendar.scheduleOverridesOnly', { year })} />
      ) : null}
      <YearGrid year={year} days={days} onSelectDay={onSelectDay} />
    </Flex>
  );
}

/** The keyboard route to the editor: type a date instead of finding it among 365 buttons. */
function AdjustDayForm({ onOpen }: { onOpen: (date: IsoDate) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ date: string }>();
  const dateRules = useDateRules(MIN_YEAR, MAX_YEAR);
  useRevalidateOnLanguageChange(form);
  return (
    <Card size="small" title={t('calendar.adjust.title')}>
      <Form<{ date: string }>
        form={form}
        name="adjust-day"
        layout="inline"
        onFinish={({ date }) => onOpen(date)}
        style={{ rowGap: 8 }}
      >
        <Form.Item
          name="date"
          label={t('calendar.adjust.date')}
          rules={[{ required: true, message: t('calendar.adjust.dateRequired') }, ...dateRules]}
        >
          <DateField
            style={{ width: 170 }}
            onKeyDown={(e) => {
              // Enter in the picker confirms the typed date; a second Enter is not needed to open it
              if (e.key === 'Enter') setTimeout(() => form.submit(), 0);
            }}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">{t('calendar.adjust.open')}</Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('calendar.adjust.hint')}</Typography.Text>
    </Card>
  );
}
