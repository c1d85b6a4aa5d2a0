import { toLocale } from '@sme/ui';
import { Card, Tooltip, Typography } from 'antd';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from './calendar.query';
import { DAY_SOURCES, DAY_SOURCE_STYLES, dayMarkKey, localisedNote, repeatsKind } from './day-source';
import { monthGrid, weekdayIndex, type IsoDate } from './month-grid';

type YearGridProps = {
  year: number;
  days: ReadonlyMap<IsoDate, CalendarDay>;
  /** Given to administrators: a day becomes a button that opens the editor. */
  onSelectDay?: ((date: IsoDate) => void) | undefined;
};

/** Twelve month grids, each day coloured by why it is or is not a working day. */
export const YearGrid = memo(function YearGrid({ year, days, onSelectDay }: YearGridProps) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="calendar-year"
      data-year={year}
      style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))' }}
    >
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <Card key={month} size="small" title={t(`calendar.months.${month}`)} styles={{ body: { padding: 8 } }}>
          <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 2, tableLayout: 'fixed' }}>
            <thead>
              <tr>
                {Array.from({ length: 7 }, (_, d) => (
                  <th key={d} scope="col" style={{ fontWeight: 'normal', fontSize: 12, color: '#595959' }}>
                    {t(`calendar.weekdays.${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(year, month).map((week, w) => (
                <tr key={w}>
                  {week.map((date, d) => (
                    <td key={d} style={{ padding: 0 }}>
                      {date ? <DayCell date={date} day={days.get(date)} onSelect={onSelectDay} /> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ))}
    </div>
  );
});

type DayCellProps = { date: IsoDate; day: CalendarDay | undefined; onSelect: ((date: IsoDate) => void) | undefined };

function DayCell({ date, day, onSelect }: DayCellProps) {
  const { t, i18n } = useTranslation();
  const style = day ? DAY_SOURCE_STYLES[day.source] : DAY_SOURCE_STYLES.WEEKDAY;
  const markKey = day ? dayMarkKey(day) : null;
  const sourceLabel = day ? t(`calendar.source.${day.source}`) : '';
  const kind = day ? t(day.isWorkingDay ? 'calendar.working' : 'calendar.rest') : '';
  const note = localisedNote(day?.note, toLocale(i18n.language));
  const description = [
    day && repeatsKind(day.source)
      ? t('calendar.dayLabelPlain', { date, kind })
      : t('calendar.dayLabel', { date, source: sourceLabel, kind }),
    note,
  ]
    .filter(Boolean)
    .join('，');
  const cellStyle: CSSProperties = {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    width: '100%',
    height: 36,
    padding: 0,
    lineHeight: 1.1,
    background: style.background,
    border: `1px solid ${style.border}`,
    borderRadius: 4,
    color: style.text,
    font: 'inherit',
    fontSize: 13,
    cursor: onSelect ? 'pointer' : 'default',
  };
  // The accessible name starts with what is visible (the day and its mark) and goes on with the
  // full date, kind and holiday, so speech input ("click 6") and screen readers agree.
  const content = (
    <>
      <span>{Number(date.slice(8))}</span>
      <span style={{ fontSize: 10, minHeight: 11 }}>{markKey ? t(markKey) : ''}</span>
      <span className="sme-visually-hidden">{description}</span>
    </>
  );
  const data = {
    'data-testid': 'calendar-day',
    'data-date': date,
    'data-source': day?.source,
    'data-working': day ? String(day.isWorkingDay) : undefined,
  };
  const tooltip = (
    <>
      <div>{t('calendar.dayTitle', { date, weekday: t(`calendar.weekdays.${weekdayIndex(date)}`) })}</div>
      {day ? <div>{repeatsKind(day.source) ? kind : `${sourceLabel} · ${kind}`}</div> : null}
      {note ? <div>{note}</div> : null}
    </>
  );
  return (
    <Tooltip title={tooltip} mouseEnterDelay={0.3}>
      {onSelect ? (
        <button type="button" onClick={() => onSelect(date)} style={cellStyle} {...data}>
          {content}
        </button>
      ) : (
        <div style={cellStyle} {...data}>
          {content}
        </div>
      )}
    </Tooltip>
  );
}

/** What each colour means, in the order the grid is read: days off, days worked, then changes. */
export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <div
      aria-label={t('calendar.legend')}
      role="list"
      data-testid="calendar-legend"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}
    >
      {DAY_SOURCES.map((source) => {
        const style = DAY_SOURCE_STYLES[source];
        return (
          <span key={source} role="listitem" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <span
              aria-hidden
              style={{
                width: 16,
                height: 16,
                borderRadius: 3,
                background: style.background,
                border: `1px solid ${style.border}`,
                display: 'inline-block',
              }}
            />
            <Typography.Text>{t(`calendar.source.${source}`)}</Typography.Text>
          </span>
        );
      })}
    </div>
  );
}
