// GraphiQL bundled from npm (no CDN: an association's intranet has no internet), inside the
// console, so only signed-in staff reach it; the API still decides what each query may read.
import { PageFrame } from '@sme/ui';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const EXAMPLE_QUERY = `# 统计示例：今日有效称号按服务功能、按省份，以及评审通过率
# Example: titles valid today by function and by province, and the pass rate
query Statistics($filter: StatisticsFilter) {
  statistics(filter: $filter) {
    accreditationsValid
    accreditationsByFunction { function count }
    accreditationsByRegion { region name count }
    passRate
    medianDaysSubmittedToDecided
  }
}
`;

type GraphQLParams = { query: string; variables?: unknown; operationName?: string | null };

export function ExplorerPage() {
  const { t, i18n } = useTranslation();
  const fetcher = useMemo(
    () => async (params: GraphQLParams, options?: { headers?: Record<string, unknown> }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'accept-language': i18n.language,
          ...(options?.headers as Record<string, string> | undefined),
        },
        body: JSON.stringify(params),
      });
      return response.json() as Promise<Record<string, unknown>>;
    },
    [i18n.language],
  );
  return (
    <PageFrame
      title={t('statistics.explorer.title')}
      description={t('statistics.explorer.description')}
      breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
    >
      <div
        style={{
          height: 'calc(100vh - 240px)',
          minHeight: 480,
          border: '1px solid #d9d9d9',
          borderRadius: 8,
          overflow: 'hidden',
        }}
        data-testid="graphql-explorer"
      >
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={EXAMPLE_QUERY}
          defaultEditorToolsVisibility="variables"
          shouldPersistHeaders={false}
        />
      </div>
    </PageFrame>
  );
}
