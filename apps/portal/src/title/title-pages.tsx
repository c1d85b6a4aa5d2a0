import { EmptyState, NotFoundResult, PageFrame, describeRequestError } from '@sme/ui';
import { Alert, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { TitleCard } from './title-card';
import { MyTitlesQuery } from './title.queries';

/** 我的称号: the organisation's titles with status, validity, certificate, renewal and spot checks. */
export function MyTitlesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: MyTitlesQuery, requestPolicy: 'cache-and-network' });
  return (
    <PageFrame title={t('title.list.title')} description={t('title.list.description')}>
      {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      {!data && fetching ? <Skeleton active /> : null}
      {data && data.myAccreditations.length === 0 ? (
        <EmptyState title={t('title.list.empty')} hint={t('title.list.emptyHint')} />
      ) : null}
      <Flex vertical gap={16}>
        {data?.myAccreditations.map((title) => (
          <TitleCard key={title.id} title={title} spotChecks={data.mySpotChecks} />
        ))}
      </Flex>
    </PageFrame>
  );
}

/** One title (the notices' links lead here). */
export function MyTitlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: MyTitlesQuery, requestPolicy: 'cache-and-network' });
  const title = data?.myAccreditations.find((a) => a.id === id);
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!data) return fetching ? <Skeleton active /> : null;
  if (!title)
    return <NotFoundResult title={t('title.detail.notFound')} backTo="/titles" backLabel={t('title.list.title')} />;
  return (
    <PageFrame
      title={title.certificateNumber}
      breadcrumbs={[{ title: t('title.list.title'), to: '/titles' }, { title: title.certificateNumber }]}
    >
      <TitleCard title={title} spotChecks={data.mySpotChecks} />
    </PageFrame>
  );
}
