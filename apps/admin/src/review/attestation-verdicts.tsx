import { formatArticleZh } from '@sme/domain';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Condition = { code: string; article: string; condition: string };
type Rejected = Condition & { rejectedBy: readonly string[] };
type Assignment = {
  id: string;
  reviewerName: string;
  completedAt?: unknown;
  recusedAt?: unknown;
  attestationVerdicts: readonly { code: string; confirmed: boolean }[];
};

/** 第五条第（一）项 in Chinese, Art. 5(1) in English. */
export function useArticleLabel(): (article: string) => string {
  const { i18n } = useTranslation();
  return (article) => (i18n.language.startsWith('en') ? article : formatArticleZh(article));
}

/** The conditions that stand rejected, one line each: 第五条第（一）项 具有独立法人资格（孙立否决）. */
export function RejectedAttestationsList({ rejected }: { rejected: readonly Rejected[] }) {
  const { t } = useTranslation();
  const articleLabel = useArticleLabel();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {rejected.map((r) => (
        <li key={r.code}>
          {t('review.verdicts.rejectedLine', {
            article: articleLabel(r.article),
            condition: r.condition,
            reviewers: r.rejectedBy.join(t('review.verdicts.nameSeparator')),
          })}
        </li>
      ))}
    </ul>
  );
}

/** Why passing is refused: the conditions that stand rejected, and the rule of which reviews count. */
export function RejectedAttestationsAlert({ rejected }: { rejected: readonly Rejected[] }) {
  const { t } = useTranslation();
  if (rejected.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rejected-attestations"
      title={t('review.verdicts.blocked')}
      description={
        <Flex vertical gap={4}>
          <RejectedAttestationsList rejected={rejected} />
          <Typography.Text type="secondary">{t('review.verdicts.reading')}</Typography.Text>
        </Flex>
      }
    />
  );
}

/**
 * Each reviewer's verdict on each attested condition (Arts. 5 and 9): a condition that stands
 * rejected in the reviews that count is highlighted, and passing is refused until it is resolved.
 */
export function AttestationVerdicts({
  conditions,
  assignments,
  rejected,
}: {
  conditions: readonly Condition[];
  assignments: readonly Assignment[];
  rejected: readonly Rejected[];
}) {
  const { t } = useTranslation();
  const articleLabel = useArticleLabel();
  if (conditions.length === 0) return null;
  const reviewers = assignments.filter((a) => !a.recusedAt);
  const rejectedCodes = new Set(rejected.map((r) => r.code));
  return (
    <Flex vertical gap={8} data-testid="attestation-verdicts">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('review.verdicts.title')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={[...conditions]}
        rowClassName={(c) => (rejectedCodes.has(c.code) ? 'attestation-rejected' : '')}
        onRow={(c) => (rejectedCodes.has(c.code) ? { style: { background: '#fff1f0' } } : {})}
        columns={[
          {
            key: 'condition',
            title: t('review.verdicts.condition'),
            render: (_, c) => (
              <span>
                <Typography.Text type="secondary">{articleLabel(c.article)}</Typography.Text> {c.condition}
              </span>
            ),
          },
          ...reviewers.map((a) => ({
            key: a.id,
            title: a.reviewerName,
            render: (_: unknown, c: Condition) => {
              if (!a.completedAt)
                return <Typography.Text type="secondary">{t('review.detail.pending')}</Typography.Text>;
              const verdict = a.attestationVerdicts.find((v) => v.code === c.code);
              if (!verdict) return '—';
              return verdict.confirmed ? (
                <Tag>{t('review.scoring.confirmed')}</Tag>
              ) : (
                <Tag color="red">{t('review.scoring.rejected')}</Tag>
              );
            },
          })),
        ]}
      />
    </Flex>
  );
}
