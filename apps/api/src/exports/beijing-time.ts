// Exports state instants at Beijing time (Asia/Shanghai), the programme's clock, whatever zone the
// server runs in: a CSV cell reads "2026-12-08 05:36:00", an XLSX cell is a date-time whose
// wall-clock is Beijing's (spreadsheets have no zones), and a file name carries the Beijing date.
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function beijingParts(instant: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** "2026-12-08 05:36:00": the instant at Beijing time. */
export function beijingDateTimeText(instant: Date): string {
  const p = beijingParts(instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** A Date whose UTC fields are Beijing's wall-clock at `instant`: what a spreadsheet cell shows. */
export function beijingWallClock(instant: Date): Date {
  const p = beijingParts(instant);
  return new Date(
    Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
      instant.getUTCMilliseconds(),
    ),
  );
}

/** The spreadsheet number format of a date-time cell. */
export const XLSX_DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
