import { todayInShanghai } from '../../clock.js';
import { builder } from '../../builder.js';
import { StatisticsFilterInput, StatisticsRef, type StatisticsParent } from './statistics.object.js';

builder.queryFields((t) => ({
  statistics: t.field({
    type: StatisticsRef,
    description:
      '统计数据（分析人员、管理员）。筛选条件同时作用于每一项。 Statistics for analysts and administrators; the filter applies to every figure.',
    authScopes: { analyst: true, admin: true },
    args: { filter: t.arg({ type: StatisticsFilterInput }) },
    resolve: (_root, { filter }): StatisticsParent => ({
      today: todayInShanghai(),
      filter: {
        year: filter?.year ?? null,
        roundId: filter?.roundId?.id ?? null,
        function: filter?.function ?? null,
        region: filter?.region?.trim() || null,
        unitId: filter?.unitId?.id ?? null,
      },
    }),
  }),
}));
