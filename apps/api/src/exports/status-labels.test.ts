import {
  APPLICATION_STATUS_NAMES,
  OBJECTION_STATUS_NAMES,
  PUBLIC_NOTICE_STATUS_NAMES,
  SPOT_CHECK_STATUS_NAMES,
  type Message,
} from '@sme/domain';
import { describe, expect, it } from 'vitest';
import { exportList } from './exporter.js';
import './lists.js';
import './more-lists.js';

// The screens name statuses from packages/ui's tables, which are these domain tables with colours
// (packages/ui/src/status/status-tables.test.ts shows a screen's tag reading them); an export's
// status cell must say the same word.
function statusCell(list: string, header = '状态') {
  const column = exportList(list)?.columns.find((c) => c.header === header);
  if (!column) throw new Error(`${list} has no ${header} column`);
  return (status: string) => column.value({ status } as never);
}

describe('exports name statuses as the screens do', () => {
  const cases: [string, Readonly<Record<string, Message>>][] = [
    ['applications', APPLICATION_STATUS_NAMES],
    ['spot-checks', SPOT_CHECK_STATUS_NAMES],
    ['objections', OBJECTION_STATUS_NAMES],
    ['notices', PUBLIC_NOTICE_STATUS_NAMES],
  ];
  for (const [list, names] of cases) {
    it(`${list}: every status in the table's Chinese name`, () => {
      const cell = statusCell(list);
      for (const [status, name] of Object.entries(names)) expect(cell(status), status).toBe(name.zhCN);
    });
  }

  it('a spot check whose holder answered is 已提交材料 in the export, as on the screens', () => {
    expect(statusCell('spot-checks')('RESPONDED')).toBe('已提交材料');
    expect(statusCell('spot-checks')('EVIDENCE_REQUESTED')).toBe('待提交材料');
  });
});
