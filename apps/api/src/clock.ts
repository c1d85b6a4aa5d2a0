// The one place the API asks what day it is. Deadlines and notice periods are Beijing dates,
// whatever zone the server runs in.
const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDate.format(now);
}
