import { formatArticleZh } from '@sme/domain';
import { ServiceFunctionTags, StatusTag } from '@sme/ui';
import type { ResultOf } from '@sme/client';
import { Alert, App, Button, Card, Descriptions, Flex, List, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MyTitlesQuery, OpenRoundsQuery, RenewMutation } from './title.queries';
import { TitleServiceLinks } from '../service-record/service-record-routes';

type Title = ResultOf<typeof MyTitlesQuery>['myAccreditations'][number];
type SpotCheck = ResultOf<typeof MyTitlesQuery>['mySpotChecks'][number];

const OPEN_CHECK = new Set(['PENDING', 'EVIDENCE_REQUESTED', 'RESPONDED']);
const ENDED = new Set(['WITHDRAWN', 'FAILED', 'NOT_RECOMMENDED', 'REVIEW_FAILED']);

export function TitleStatusTag({ status }: { status: string }) {
  return <StatusTag kind="titleStatus" status={status} testId="title-status" />;
}

/** One title as its holder sees it: status and validity, the certificate, renewal (or why not, with
 * the article), revocation, and its spot checks. */
export function TitleCard({ title, spotChecks }: { title: Title; spotChecks: readonly SpotCheck[] }) {
  const { t } = useTranslation();
  const checks = spotChecks.filter((c) => c.accreditation.id === title.id);
  return (
    <Card
      data-testid={`title-${title.certificateNumber}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Link to={`/titles/${title.id}`}>{title.certificateNumber}</Link>
          <TitleStatusTag status={title.titleStatus} />
        </Flex>
      }
      extra={
        <a
          href={`/api/certificates/${encodeURIComponent(title.certificateNumber)}.pdf`}
          download
          aria-label={t('title.list.certificateOf', { number: title.certificateNumber })}
        >
          {t('title.list.certificate')}
        </a>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('title.list.functions')}>
            <ServiceFunctionTags functions={title.functions} />
          </Descriptions.Item>
          <Descriptions.Item label={t('title.detail.awardedOn')}>{title.awardedOn}</Descriptions.Item>
          <Descriptions.Item
            label={t('title.list.validity')}
          >{`${title.validFrom} ~ ${title.validUntil}`}</Descriptions.Item>
          {title.imported ? <Descriptions.Item label="">{t('title.detail.imported')}</Descriptions.Item> : null}
        </Descriptions>
        {title.revocation?.status === 'COMPLETED' ? (
          <Alert
            type="error"
            showIcon
            title={t('title.detail.revoked')}
            description={t('title.detail.revokedText', {
              reason: t(`title.reason.${title.revocation.reason}`),
              date: title.revocation.effectiveOn ?? '',
              description: title.revocation.description,
            })}
          />
        ) : null}
        <TitleServiceLinks accreditationId={title.id} />
        <Renewal title={title} />
        {checks.length > 0 ? (
          <List
            size="small"
            header={<Typography.Text strong>{t('title.detail.spotChecks')}</Typography.Text>}
            dataSource={checks}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Link key="open" to={`/spot-checks/${c.id}`}>
                    {t('title.detail.open')}
                  </Link>,
                ]}
              >
                <Flex gap={8} wrap align="center">
                  <StatusTag kind="spotCheckStatus" status={c.status} />
                  {c.dueOn && OPEN_CHECK.has(c.status) ? (
                    <Typography.Text>{t('title.detail.dueOn', { date: c.dueOn })}</Typography.Text>
                  ) : null}
                </Flex>
              </List.Item>
            )}
          />
        ) : null}
      </Flex>
    </Card>
  );
}

/** Art. 11: start a renewal in an open round in the expiry year; otherwise say why not, with the article. */
function Renewal({ title }: { title: Title }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [rounds] = useQuery({ query: OpenRoundsQuery, pause: !title.renewable });
  const [roundId, setRoundId] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, renew] = useMutation(RenewMutation);
  const existing = title.renewalApplications;
  // a renewal that ended (withdrawn, not recommended, failed) does not stand in the way of a new one
  const live = existing.filter((a) => !ENDED.has(a.status));
  if (title.revocation?.status === 'COMPLETED' && !title.renewalBlocker) return null;
  return (
    <Flex vertical gap={8} data-testid="renewal">
      <Typography.Text strong>{t('title.detail.renewal')}</Typography.Text>
      {existing.length > 0 ? (
        <Flex gap={8} wrap>
          {existing.map((a) => (
            <Link key={a.id} to={`/applications/${a.id}`}>
              {a.round.name} · {t(`ui.status.${a.status}`, { defaultValue: a.status })}
            </Link>
          ))}
        </Flex>
      ) : null}
      {title.renewalBlocker ? (
        <Alert
          type="info"
          showIcon
          title={t('title.detail.notRenewableArticle', {
            article: i18n.language.startsWith('en')
              ? title.renewalBlocker.article
              : formatArticleZh(title.renewalBlocker.article),
          })}
          description={title.renewalBlocker.message}
          data-testid="renewal-blocker"
          data-code={title.renewalBlocker.code}
          data-article={title.renewalBlocker.article}
        />
      ) : live.length > 0 ? (
        <Typography.Text type="secondary" data-testid="renewal-in-progress">
          {t('title.detail.renewing')}
        </Typography.Text>
      ) : (
        <>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('title.detail.renewable', { date: title.validUntil })}
          </Typography.Paragraph>
          {failure ? <Alert type="error" showIcon title={failure} /> : null}
          {rounds.data && rounds.data.openRounds.length === 0 ? (
            <Alert type="warning" showIcon title={t('title.detail.noOpenRound')} />
          ) : (
            <Flex gap={8} wrap>
              <Select
                aria-label={t('title.detail.round')}
                placeholder={t('title.detail.round')}
                style={{ minWidth: 220 }}
                loading={rounds.fetching}
                value={roundId ?? rounds.data?.openRounds[0]?.id}
                onChange={setRoundId}
                options={(rounds.data?.openRounds ?? []).map((r) => ({ value: r.id, label: r.name }))}
              />
              <Button
                type="primary"
                loading={fetching}
                disabled={!(roundId ?? rounds.data?.openRounds[0]?.id)}
                onClick={async () => {
                  const chosen = roundId ?? rounds.data?.openRounds[0]?.id;
                  if (!chosen) return;
                  const result = await renew({ input: { accreditationId: title.id, roundId: chosen } });
                  const answer = result.data?.createRenewalApplication;
                  if (answer?.__typename === 'CreateRenewalApplicationSuccess') {
                    void message.success(t('title.detail.started'));
                    void navigate(`/applications/${answer.data.id}`);
                    return;
                  }
                  setFailure(
                    result.error ? result.error.message : answer && 'message' in answer ? answer.message : 'error',
                  );
                }}
              >
                {t('title.detail.start')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Flex>
  );
}
